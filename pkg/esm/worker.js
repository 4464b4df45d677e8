// Faktenlage's analysis worker for the ES module build (started by index.js). Generated; do not edit.
import { serveWorker } from "./index.js";
serveWorker(self);
