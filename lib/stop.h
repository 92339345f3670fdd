/* stop.h: stop words of several languages, for telling prose from lists. */
#ifndef STOP_H
#define STOP_H

#include <stddef.h>
#include <stdint.h>

/* The generated set (lib/tab/stopwords.c). */
extern const unsigned char stop_words[];
extern const uint32_t stop_slot[];
extern const uint32_t stop_mask;

/*
 * Return 1 if the n bytes at w, already lower case, are a stop word of
 * en fr de es it pt nl ru pl tr ar, or a single zh or ja function character.
 */
int	stop_has(const char *w, size_t n);
/* The same, given h, the FNV-1a hash of w computed as it was read. */
int	stop_hashed(const char *w, size_t n, uint32_t h);

/* FNV-1a (32 bits): the offset basis and the prime. */
#define STOP_FNV0	2166136261u
#define STOP_FNVP	16777619u

#endif
