#include "CVietCiteScan.h"

#if defined(__linux__)
#include <stdint.h>
#include <sys/mman.h>
#endif

void vietcite_advise_huge_pages(void *start, size_t length) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const uintptr_t huge = (uintptr_t)2 << 20;
    if (start == NULL || length < 4 * huge) return;
    uintptr_t first = ((uintptr_t)start + huge - 1) & ~(huge - 1);
    uintptr_t end = ((uintptr_t)start + length) & ~(huge - 1);
    if (end > first) (void)madvise((void *)first, end - first, MADV_HUGEPAGE);
#else
    (void)start;
    (void)length;
#endif
}
