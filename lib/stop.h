/* stop.h: stop words of several languages, for telling prose from lists. */
#ifndef STOP_H
#define STOP_H

#include <stddef.h>
#include <stdint.h>

/* The generated set (lib/tab/stopwords.c). */
extern const unsigned char stop_words[];
extern const uint32_t stop_slot[];
extern const uint32_t stop_mask;
extern const unsigned char stop_bloom[65536 / 8];

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

/* Might a word of hash h be a stop word? 0 means surely not. */
static inline int
stop_maybe(uint32_t h)
{
	return stop_bloom[(h & 0xFFFF) >> 3] >> (h & 7) & 1;
}

#endif
