#include "CVietCiteScan.h"

/* True when the byte at `at` opens `hết` or `Hết` (h, then U+1EBF as E1 BA BF), all of it before `end`. */
static inline int opens_het(const uint8_t *bytes, size_t at, size_t end) {
    return at + 5 <= end && (bytes[at] | 0x20) == 'h' && bytes[at + 1] == 0xE1 && bytes[at + 2] == 0xBA
        && bytes[at + 3] == 0xBF && bytes[at + 4] == 't';
}

static inline int is_clause_byte(uint8_t byte) { return byte == '.' || byte == ';' || byte == '\n' || byte == '\r'; }

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

size_t vietcite_clause_het(const uint8_t *bytes, size_t start, size_t end, size_t *stop) {
    size_t index = start;
#if defined(__SSE2__)
    if (vietcite_scan_level() > 0) {
        /* Sixteen bytes at a time: the clause bytes of the block, and the bytes that open `hết` (read through the
           three bytes after the block, all before `end`); the first of either decides. */
        while (index + 21 <= end) {
            __m128i block = _mm_loadu_si128((const __m128i *)(bytes + index));
            __m128i stops = _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('.')), _mm_cmpeq_epi8(block, _mm_set1_epi8(';'))),
                _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(block, _mm_set1_epi8('\r'))));
            __m128i h = _mm_cmpeq_epi8(_mm_or_si128(block, _mm_set1_epi8(0x20)), _mm_set1_epi8('h'));
            __m128i lead = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(bytes + index + 1)),
                                          _mm_set1_epi8((char)0xE1));
            __m128i mark = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(bytes + index + 3)),
                                          _mm_set1_epi8((char)0xBF));
            unsigned stops_at = (unsigned)_mm_movemask_epi8(stops);
            unsigned candidates = (unsigned)_mm_movemask_epi8(_mm_and_si128(h, _mm_and_si128(lead, mark)));
            while (candidates != 0) {
                unsigned bit = (unsigned)__builtin_ctz(candidates);
                if (stops_at != 0 && (unsigned)__builtin_ctz(stops_at) < bit) {
                    if (stop) *stop = index + (unsigned)__builtin_ctz(stops_at);
                    return (size_t)-1;
                }
                if (opens_het(bytes, index + bit, end)) return index + bit;
                candidates &= candidates - 1;
            }
            if (stops_at != 0) {
                if (stop) *stop = index + (unsigned)__builtin_ctz(stops_at);
                return (size_t)-1;
            }
            index += 16;
        }
    }
#endif
    for (; index < end; index++) {
        if (is_clause_byte(bytes[index])) {
            if (stop) *stop = index;
            return (size_t)-1;
        }
        if (opens_het(bytes, index, end)) return index;
    }
    if (stop) *stop = end;
    return (size_t)-1;
}
