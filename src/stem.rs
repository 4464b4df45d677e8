//! Word stems for matching predicates across inflections and languages.
