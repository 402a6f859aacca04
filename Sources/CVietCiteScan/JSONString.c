#include "CVietCiteScan.h"
#include <string.h>

/* True for a byte that a JSON string literal must escape, or that starts U+2028/U+2029. */
static inline int needs_escape(uint8_t byte) {
    return byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2;
}

/* The escape of one byte that `vietcite_json_plain_run` stops at, written at `out`; returns how many bytes of the
   input it consumed (3 for U+2028 and U+2029, else 1) and sets `*written`. */
static size_t escape_at(uint8_t *out, const uint8_t *bytes, size_t index, size_t count, size_t *written) {
    static const char hex[] = "0123456789abcdef";
    uint8_t byte = bytes[index];
    out[0] = '\\';
    *written = 2;
    switch (byte) {
    case '"': out[1] = '"'; return 1;
    case '\\': out[1] = '\\'; return 1;
    case '\n': out[1] = 'n'; return 1;
    case '\r': out[1] = 'r'; return 1;
    case '\t': out[1] = 't'; return 1;
    default: break;
    }
    if (byte < 0x20) {
        memcpy(out + 1, "u00", 3);
        out[4] = (uint8_t)hex[byte >> 4];
        out[5] = (uint8_t)hex[byte & 0xF];
        *written = 6;
        return 1;
    }
    /* 0xE2: U+2028 and U+2029 break JavaScript parsers of JSON; any other scalar of that lead stays as it is. */
    if (index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)) {
        memcpy(out + 1, bytes[index + 2] == 0xA8 ? "u2028" : "u2029", 5);
        *written = 6;
        return 3;
    }
    out[0] = byte;
    *written = 1;
    return 1;
}

/* Bit 7 of each byte of `x` that is zero (exact as an "any" test). */
static inline uint64_t zero_bytes(uint64_t x) {
    return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}

/* True when one of the eight bytes of `x` needs an escape (`needs_escape`). */
static inline int word_needs_escape(uint64_t x) {
    uint64_t below_space = (x - 0x2020202020202020ull) & ~x & 0x8080808080808080ull;
    return (below_space | zero_bytes(x ^ 0x2222222222222222ull) | zero_bytes(x ^ 0x5C5C5C5C5C5C5C5Cull)
            | zero_bytes(x ^ 0xE2E2E2E2E2E2E2E2ull)) != 0;
}

size_t vietcite_json_write_string(uint8_t *out, const uint8_t *bytes, size_t count) {
    if (count >= 8 && count < 16) {
        /* Eight to fifteen bytes (a symbol, a type, a date): two overlapping words, tested and copied whole. */
        uint64_t first, last;
        memcpy(&first, bytes, 8);
        memcpy(&last, bytes + count - 8, 8);
        if (!word_needs_escape(first) && !word_needs_escape(last)) {
            out[0] = '"';
            memcpy(out + 1, &first, 8);
            memcpy(out + 1 + count - 8, &last, 8);
            out[count + 1] = '"';
            return count + 2;
        }
    }
    size_t written = 0;
    out[written++] = '"';
    size_t index = 0;
    while (index < count) {
        if (count - index >= 16) {
            /* The stretch that needs no escape goes in one piece (found sixteen bytes at a time). */
            size_t plain = vietcite_json_plain_run(bytes + index, count - index);
            memcpy(out + written, bytes + index, plain);
            written += plain;
            index += plain;
        } else {
            /* A short field (most are): byte by byte, without the calls. */
            while (index < count && !needs_escape(bytes[index])) out[written++] = bytes[index++];
        }
        if (index == count) break;
        size_t length;
        index += escape_at(out + written, bytes, index, count, &length);
        written += length;
    }
    out[written++] = '"';
    return written;
}
