#include "CVietCiteScan.h"
#include <string.h>

int vietcite_utf8_is_well_formed(const uint8_t *bytes, size_t count) {
    size_t index = 0;
    while (index < count) {
        if (index + 8 <= count) {
            uint64_t word;
            memcpy(&word, bytes + index, 8);
            if ((word & 0x8080808080808080ull) == 0) {
                index += 8;
                continue;
            }
        }
        uint8_t lead = bytes[index];
        if (lead < 0x80) {
            index += 1;
            continue;
        }
        /* The second byte's range depends on the lead; the others are plain continuation bytes. */
        size_t length;
        uint8_t low = 0x80, high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) low = 0xA0;
            if (lead == 0xED) high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) low = 0x90;
            if (lead == 0xF4) high = 0x8F;
        } else {
            return 0;
        }
        if (index + length > count || bytes[index + 1] < low || bytes[index + 1] > high) return 0;
        for (size_t offset = 2; offset < length; offset++) {
            if ((bytes[index + offset] & 0xC0) != 0x80) return 0;
        }
        index += length;
    }
    return 1;
}
