#include <unicode/utypes.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
