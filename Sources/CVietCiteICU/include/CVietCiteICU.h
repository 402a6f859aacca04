#ifndef CVIETCITEICU_H
#define CVIETCITEICU_H

#include <stdint.h>

/// All functions follow ICU's preflight convention: they return the length the result needs (in bytes),
/// write at most `capacity` bytes to `dest`, and report failure through `*status` (0 = success,
/// > 0 = ICU error code; a buffer that is too small gives U_BUFFER_OVERFLOW_ERROR = 15 and the needed length).
/// `*status` must be 0 on entry. Input and output are UTF-8; ill-formed input is the caller's responsibility
/// (VietCite only passes well-formed runs).

/// NFC-normalizes the UTF-8 run `src[0..<length]` into `dest`.
int32_t vietcite_icu_nfc_utf8(const char *src, int32_t length, char *dest, int32_t capacity, int32_t *status);

/// Returns 1 when the UTF-8 run `src[0..<length]` is already in NFC, 0 when it is not (or on error, see *status).
int32_t vietcite_icu_is_nfc_utf8(const char *src, int32_t length, int32_t *status);

/// Returns ICU's name for an error code (a static C string), e.g. "U_BUFFER_OVERFLOW_ERROR".
const char *vietcite_icu_error_name(int32_t status);

#endif
