#include "CVietCiteScan.h"
#include <string.h>

/* See the header. The normalizer's loop between edits, where its block scans do not pay (text dense with edits). */
size_t vietcite_skip_kept(const uint8_t *p, size_t index, size_t count, size_t stop, const uint8_t *kept_pairs) {
    while (index < count && index < stop) {
        uint8_t lead = p[index];
        if (lead < 0x80) {
            /* ASCII, eight bytes at a time. */
            while (index + 8 <= count) {
                uint64_t word;
                memcpy(&word, p + index, 8);
                uint64_t high = word & 0x8080808080808080ull;
                if (high != 0) {
                    index += (size_t)__builtin_ctzll(high) >> 3;
                    goto next;
                }
                index += 8;
                if (index >= stop) return index;
            }
            while (index < count && p[index] < 0x80) index++;
        next:
            continue;
        }
        if (lead >= 0xC2 && lead <= 0xDF && index + 1 < count && (p[index + 1] & 0xC0) == 0x80
            && kept_pairs[(size_t)(lead - 0xC2) << 6 | (p[index + 1] & 0x3F)]) {
            index += 2;
        } else if (lead == 0xE1 && index + 2 < count && (p[index + 1] & 0xFC) == 0xB8
                   && (p[index + 2] & 0xC0) == 0x80) {
            index += 3;  /* U+1E00–U+1EFF: precomposed, NFC, kept */
        } else if (lead == 0xE2 && index + 2 < count && p[index + 1] == 0x80
                   && (uint8_t)(p[index + 2] - 0x96) <= 0x11) {
            index += 3;  /* U+2016–U+2027: curly quotes, bullet, ellipsis */
        } else {
            return index;
        }
    }
    return index;
}
