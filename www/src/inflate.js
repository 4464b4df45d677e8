// Inflate: raw DEFLATE (RFC 1951) to bytes, for the wasm that
// pkg/faktenlage.js inlines compressed.
//
// base64 hides the wasm's repetitions from the HTTP compression (a repeat
// shows only where it falls at the same offset modulo 3), so the inlined
// wasm gzips a third worse than the file; compressing it before base64
// gives that back. DecompressionStream would do the same, but only
// asynchronously, and `Faktenlage.analyze` works synchronously after the
// first `ready`. This decoder is synchronous, small and slow-ish (a bit at a
// time, a few ms for the wasm; it runs once, in the worker where there is
// one).
//
// `inflateRaw(src, size)` returns the `size` bytes that `src` (Uint8Array)
// decompresses to; it throws on data that is not DEFLATE. scripts/assemble.mjs
// checks at build time that it gives back the wasm byte for byte.
function inflateRaw(src, size) {
  var out = new Uint8Array(size);
  var pos = 0; // next byte of src
  var buf = 0; // bits read but not used, lowest first
  var cnt = 0; // how many
  var op = 0; // next byte of out

  function bits(n) {
    while (cnt < n) {
      if (pos >= src.length) throw new Error("inflate: unexpected end of data");
      buf |= src[pos++] << cnt;
      cnt += 8;
    }
    var v = buf & ((1 << n) - 1);
    buf >>>= n;
    cnt -= n;
    return v;
  }

  // A canonical Huffman code as [count of codes per length, symbols in code order].
  function code(lengths) {
    var count = new Uint16Array(16);
    var offs = new Uint16Array(16);
    var symbols = new Uint16Array(lengths.length);
    for (var i = 0; i < lengths.length; i++) count[lengths[i]]++;
    count[0] = 0;
    for (i = 1; i < 16; i++) offs[i] = offs[i - 1] + count[i - 1];
    for (i = 0; i < lengths.length; i++) if (lengths[i]) symbols[offs[lengths[i]]++] = i;
    return [count, symbols];
  }

  function decode(h) {
    var c = 0; // the code read so far
    var first = 0; // the first code of this length
    var index = 0; // its symbol's index
    for (var len = 1; len < 16; len++) {
      c |= bits(1);
      var n = h[0][len];
      if (c - n < first) return h[1][index + c - first];
      index += n;
      first = (first + n) << 1;
      c <<= 1;
    }
    throw new Error("inflate: bad code");
  }

  // Base values and extra bits of the length (257..285) and distance codes.
  var lenBase = [], lenExtra = [], distBase = [], distExtra = [];
  for (var i = 0, b = 3; i < 28; i++) {
    lenExtra[i] = i < 8 ? 0 : (i >> 2) - 1;
    lenBase[i] = b;
    b += 1 << lenExtra[i];
  }
  lenBase[28] = 258;
  lenExtra[28] = 0;
  for (i = 0, b = 1; i < 30; i++) {
    distExtra[i] = i < 4 ? 0 : (i >> 1) - 1;
    distBase[i] = b;
    b += 1 << distExtra[i];
  }
  var ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  var last;
  do {
    last = bits(1);
    var type = bits(2);
    if (type === 0) {
      // Stored: from the next byte boundary, LEN and NLEN, then LEN bytes.
      buf = cnt = 0;
      var n = src[pos] | (src[pos + 1] << 8);
      pos += 4;
      out.set(src.subarray(pos, pos + n), op);
      pos += n;
      op += n;
      continue;
    }
    var lit, dist, lengths;
    if (type === 1) {
      lengths = new Uint8Array(288);
      for (i = 0; i < 288; i++) lengths[i] = i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8;
      lit = code(lengths);
      dist = code(new Uint8Array(30).fill(5));
    } else if (type === 2) {
      var nlit = bits(5) + 257, ndist = bits(5) + 1, ncode = bits(4) + 4;
      lengths = new Uint8Array(19);
      for (i = 0; i < ncode; i++) lengths[ORDER[i]] = bits(3);
      var lencode = code(lengths);
      lengths = new Uint8Array(nlit + ndist);
      for (i = 0; i < nlit + ndist; ) {
        var sym = decode(lencode);
        if (sym < 16) {
          lengths[i++] = sym;
        } else {
          var rep = sym === 16 ? lengths[i - 1] : 0;
          var times = sym === 16 ? 3 + bits(2) : sym === 17 ? 3 + bits(3) : 11 + bits(7);
          while (times--) lengths[i++] = rep;
        }
      }
      lit = code(lengths.subarray(0, nlit));
      dist = code(lengths.subarray(nlit));
    } else {
      throw new Error("inflate: bad block type");
    }
    for (;;) {
      var s = decode(lit);
      if (s < 256) {
        out[op++] = s;
      } else if (s === 256) {
        break;
      } else {
        s -= 257;
        var len = lenBase[s] + bits(lenExtra[s]);
        var d = decode(dist);
        var from = op - distBase[d] - bits(distExtra[d]);
        while (len--) out[op++] = out[from++];
      }
    }
  } while (!last);
  if (op !== size) throw new Error("inflate: wrong size");
  return out;
}
