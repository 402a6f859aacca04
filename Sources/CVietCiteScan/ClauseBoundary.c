#include "CVietCiteScan.h"

/* True when the byte at `at` ends a clause or sentence: a line break, `;`, `!`, `?`, or `.` before a space or a line
   break (the byte after it read only inside the buffer). */
static inline int ends_clause(const uint8_t *bytes, size_t at, size_t count) {
    uint8_t byte = bytes[at];
    if (byte == '\n' || byte == '\r' || byte == ';' || byte == '!' || byte == '?') return 1;
    return byte == '.' && at + 1 < count && (bytes[at + 1] == ' ' || bytes[at + 1] == '\n');
}

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

size_t vietcite_last_clause_boundary(const uint8_t *bytes, size_t lower, size_t upper, size_t count) {
    size_t index = upper;
#if defined(__SSE2__)
    if (vietcite_scan_level() > 0) {
        /* Sixteen bytes at a time, backwards, never before `lower`: a block holds no candidate byte, or its
           candidates are tested from the last. */
        while (index - lower >= 16) {
            __m128i block = _mm_loadu_si128((const __m128i *)(bytes + index - 16));
            __m128i hits = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(block, _mm_set1_epi8('\r'))),
                _mm_or_si128(
                    _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8(';')), _mm_cmpeq_epi8(block, _mm_set1_epi8('.'))),
                    _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('!')), _mm_cmpeq_epi8(block, _mm_set1_epi8('?')))));
            unsigned mask = (unsigned)_mm_movemask_epi8(hits);
            while (mask != 0) {
                unsigned bit = 31u - (unsigned)__builtin_clz(mask);
                size_t at = index - 16 + bit;
                if (ends_clause(bytes, at, count)) return at + 1;
                mask &= ~(1u << bit);
            }
            index -= 16;
        }
    }
#endif
    while (index > lower) {
        if (ends_clause(bytes, index - 1, count)) return index;
        index -= 1;
    }
    return (size_t)-1;
}
