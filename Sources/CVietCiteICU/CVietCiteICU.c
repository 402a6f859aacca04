#include "CVietCiteICU.h"

#include <stdlib.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

/* ICU's UTF-8 normalization API is C++ only; the C API works on UTF-16, so each call converts the run
   UTF-8 -> UTF-16 -> NFC -> UTF-8. Runs are short (a syllable or a few words), so the copies are cheap. */

static const UNormalizer2 *nfc(UErrorCode *code) { return unorm2_getNFCInstance(code); }

/* Converts UTF-8 to a freshly allocated UTF-16 buffer; returns NULL on error. */
static UChar *to_utf16(const char *src, int32_t length, int32_t *outLength, UErrorCode *code) {
    UChar *buffer = (UChar *)malloc(sizeof(UChar) * ((size_t)length + 1));
    if (buffer == NULL) { *code = U_MEMORY_ALLOCATION_ERROR; return NULL; }
    u_strFromUTF8(buffer, length + 1, outLength, src, length, code);
    if (U_FAILURE(*code)) { free(buffer); return NULL; }
    return buffer;
}

int32_t vietcite_icu_nfc_utf8(const char *src, int32_t length, char *dest, int32_t capacity, int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    const UNormalizer2 *normalizer = nfc(&code);
    int32_t utf16Length = 0;
    UChar *utf16 = U_SUCCESS(code) ? to_utf16(src, length, &utf16Length, &code) : NULL;
    if (utf16 == NULL) { *status = (int32_t)code; return 0; }
    /* NFC never grows UTF-16 text by more than a factor of 3. */
    int32_t normalizedCapacity = utf16Length * 3 + 1;
    UChar *normalized = (UChar *)malloc(sizeof(UChar) * (size_t)normalizedCapacity);
    if (normalized == NULL) { free(utf16); *status = (int32_t)U_MEMORY_ALLOCATION_ERROR; return 0; }
    int32_t normalizedLength = unorm2_normalize(normalizer, utf16, utf16Length, normalized, normalizedCapacity, &code);
    int32_t needed = 0;
    if (U_SUCCESS(code)) {
        u_strToUTF8(dest, capacity, &needed, normalized, normalizedLength, &code);
        if (code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    }
    free(normalized);
    free(utf16);
    *status = (int32_t)code;
    return needed;
}

int32_t vietcite_icu_is_nfc_utf8(const char *src, int32_t length, int32_t *status) {
    UErrorCode code = (UErrorCode)*status;
    const UNormalizer2 *normalizer = nfc(&code);
    int32_t utf16Length = 0;
    UChar *utf16 = U_SUCCESS(code) ? to_utf16(src, length, &utf16Length, &code) : NULL;
    if (utf16 == NULL) { *status = (int32_t)code; return 0; }
    UBool result = unorm2_isNormalized(normalizer, utf16, utf16Length, &code);
    free(utf16);
    *status = (int32_t)code;
    return result ? 1 : 0;
}

const char *vietcite_icu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }
