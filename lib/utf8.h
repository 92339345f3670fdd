/* utf8.h: decode, encode and validate UTF-8 (RFC 3629, Unicode 3.9 D92). */
#ifndef UTF8_H
#define UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_MAX	4
#define UTF8_REPL	0xFFFD

/*
 * Decode the character at s, of at most n bytes (n > 0), into *cp. Return
 * the bytes used (1-4); -1 if s starts an invalid sequence (a stray
 * continuation byte, an overlong form, a surrogate, a value past U+10FFFF);
 * -2 if the n bytes are a valid but incomplete prefix.
 */
int	utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/* Encode cp (at most U+10FFFF, not a surrogate) into s; return 1-4, 0 if invalid. */
int	utf8_encode(uint32_t cp, char *s);
/* Return the length of the longest valid prefix of s: n when s is valid UTF-8. */
size_t	utf8_valid(const char *s, size_t n);
/*
 * At an invalid or truncated sequence at s, return how many bytes one
 * U+FFFD stands for: the maximal subpart of Unicode 16.0 section 3.9.6,
 * always at least 1.
 */
size_t	utf8_badlen(const unsigned char *s, size_t n);
/* Return the line (from 1) holding the first invalid sequence of s; 0 if s is valid. */
unsigned long	utf8_badline(const char *s, size_t n);

#endif
