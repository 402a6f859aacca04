#include "CVietCiteScan.h"
#include <string.h>

#define IDENTITY_FLAG 0x80000000u
/* A prefixed segment (`OffsetMap.Segment`): the flag in the top bit of its source start (the pass reads less than
   2 GiB), the unchanged stretch's length above the low four bits of its length and the edit's source length in them. */
#define PREFIXED_FLAG 0x80000000u
#define MAXIMUM_PREFIX ((1u << 27) - 1)

#if defined(__SSE2__)
#include <emmintrin.h>
/* Sixteen bytes, as one load and one store (a `memcpy` of a size known only at run time is a call). */
static inline void copy16(uint8_t *destination, const uint8_t *source) {
    _mm_storeu_si128((__m128i *)destination, _mm_loadu_si128((const __m128i *)source));
}
#else
static inline void copy16(uint8_t *destination, const uint8_t *source) {
    for (int offset = 0; offset < 16; offset++) destination[offset] = source[offset];
}
#endif

size_t vietcite_compose_ascii_vowels(const uint8_t *p, size_t start, size_t count, vietcite_compose_state *state,
                                     const uint32_t *letters, const uint8_t *slots) {
    /* The last 24 bytes are left to the caller: before them, every read below is in bounds without a test. */
    if (count < 24) return start;
    const size_t limit = count - 24;
    /* The state in locals: every store into the output may alias it, and would make the compiler read it again. */
    uint8_t *const out = state->out;
    size_t out_count = state->out_count;
    const size_t out_capacity = state->out_capacity;
    vietcite_offset_segment *const segments = state->segments;
    size_t segment_count = state->segment_count;
    const size_t segment_capacity = state->segment_capacity;
    size_t pending = state->pending;
    /* The first stretch joins the last segment written before when that one is an identity segment that ends where
       the stretch begins, in the source and in the output (as `OffsetMap.Builder.appendIdentityAndEdit` does); after
       it, the last segment is always a letter's. */
    vietcite_offset_segment *joinable = NULL;
    if (segment_count > 0) {
        vietcite_offset_segment *last = &segments[segment_count - 1];
        uint32_t length = last->length_and_flag & ~IDENTITY_FLAG;
        if ((last->length_and_flag & IDENTITY_FLAG) && (size_t)last->in + length == pending
            && (size_t)last->out + length == out_count) {
            joinable = last;
        }
    }
    size_t index = start;
    while (index < limit) {
        /* The next byte that is not ASCII, eight at a time. */
        uint64_t word;
        memcpy(&word, p + index, 8);
        uint64_t high = word & 0x8080808080808080ull;
        if (high == 0) {
            index += 8;
            continue;
        }
        index += (size_t)__builtin_ctzll(high) >> 3;
        if (index >= limit) break;
        uint8_t lead = p[index];
        if (lead != 0xCC) {
            /* `đ`, `Đ` (C4 91, C4 90) have no decomposed form: they stand in decomposed text as they are. */
            if (lead == 0xC4 && (p[index + 1] & 0xFE) == 0x90) {
                index += 2;
                continue;
            }
            break;
        }
        /* An ASCII vowel (not yet copied), one or two marks U+0300–U+033F, and no mark after them. */
        uint8_t base = p[index - 1];
        if (index <= pending || base >= 0x80 || (p[index + 1] & 0xC0) != 0x80) break;
        size_t end = index + 2;
        uint8_t second = 0x40;
        if (p[end] == 0xCC && (p[end + 1] & 0xC0) == 0x80) {
            second = p[end + 1] & 0x3F;
            end += 2;
        }
        uint8_t next = p[end];
        if (next == 0xCC || next == 0xCD || next == 0xE1 || next == 0xE2 || next == 0xEF) break;
        uint8_t slot = slots[base];
        if (slot == 0) break;
        uint32_t letter = letters[((size_t)(slot - 1) * 64 + (p[index + 1] & 0x3F)) * 65 + second];
        if (letter == 0) break;
        size_t source_start = index - 1;
        size_t stretch = source_start - pending;
        /* Room for the stretch, sixteen bytes more (the copy below writes whole sixteen-byte blocks, and reads them
           from before `index`, in bounds) and a segment; else the caller goes on. */
        if (out_count + stretch + 16 > out_capacity || segment_count + 2 > segment_capacity) break;

        /* The unchanged stretch before the letter, then the letter (four bytes stored, its length counted). */
        uint8_t *destination = out + out_count;
        for (size_t copied = 0; copied < stretch; copied += 16) {
            copy16(destination + copied, p + pending + copied);
        }
        memcpy(destination + stretch, &letter, 4);

        /* Their segments: the stretch joined to the segment before where it can be, then the letter's; else the
           stretch and the letter in one prefixed segment (a letter is at most five source bytes), as
           `OffsetMap.Builder.appendIdentityAndEdit` writes them. */
        if (stretch > 0 && joinable) {
            joinable->length_and_flag = (uint32_t)(source_start - joinable->in) | IDENTITY_FLAG;
        } else if (stretch > 0 && stretch <= MAXIMUM_PREFIX) {
            segments[segment_count++] = (vietcite_offset_segment){
                (uint32_t)out_count, (uint32_t)pending | PREFIXED_FLAG,
                (uint32_t)stretch << 4 | (uint32_t)(end - source_start)};
            joinable = NULL;
            out_count += stretch + (letter >> 24);
            pending = end;
            index = end;
            continue;
        } else if (stretch > 0) {
            segments[segment_count++] = (vietcite_offset_segment){
                (uint32_t)out_count, (uint32_t)pending, (uint32_t)stretch | IDENTITY_FLAG};
        }
        joinable = NULL;
        segments[segment_count++] = (vietcite_offset_segment){
            (uint32_t)(out_count + stretch), (uint32_t)source_start, (uint32_t)(end - source_start)};
        out_count += stretch + (letter >> 24);
        pending = end;
        index = end;
    }
    state->out_count = out_count;
    state->segment_count = segment_count;
    state->pending = pending;
    return index;
}
