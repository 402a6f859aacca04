#include "CVietCiteScan.h"
#include <string.h>

/* One byte that a JSON string literal must escape, or that starts U+2028/U+2029 (see the header). */
static inline int needs_escape(uint8_t byte) {
    return byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2;
}

#if defined(__SSE2__)
#include <emmintrin.h>

/* Bit i set when byte i of the block must stop a plain run. */
static inline int stops(__m128i block) {
    const __m128i quote = _mm_set1_epi8(0x22), backslash = _mm_set1_epi8(0x5C);
    const __m128i lead = _mm_set1_epi8((char)0xE2), control = _mm_set1_epi8(0x1F);
    __m128i hits = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, backslash)),
        _mm_or_si128(_mm_cmpeq_epi8(block, lead), _mm_cmpeq_epi8(_mm_min_epu8(block, control), block)));
    return _mm_movemask_epi8(hits);
}

size_t vietcite_json_plain_run(const uint8_t *bytes, size_t count) {
    if (count < 16) {
        /* Most fields are short: one block, padded with a plain byte, instead of a byte loop. */
        uint8_t padded[16];
        memset(padded, 'a', sizeof padded);
        memcpy(padded, bytes, count);
        int mask = stops(_mm_loadu_si128((const __m128i *)padded));
        return mask ? (size_t)__builtin_ctz((unsigned)mask) : count;
    }
    size_t index = 0;
    while (index + 16 <= count) {
        int mask = stops(_mm_loadu_si128((const __m128i *)(bytes + index)));
        if (mask != 0) return index + (size_t)__builtin_ctz((unsigned)mask);
        index += 16;
    }
    if (index == count) return count;
    /* The tail: the last sixteen bytes, of which the first (index - (count - 16)) were already read. */
    size_t last = count - 16;
    int mask = stops(_mm_loadu_si128((const __m128i *)(bytes + last))) >> (index - last);
    return mask ? index + (size_t)__builtin_ctz((unsigned)mask) : count;
}

#else

size_t vietcite_json_plain_run(const uint8_t *bytes, size_t count) {
    size_t index = 0;
    while (index < count && !needs_escape(bytes[index])) index++;
    return index;
}

#endif
