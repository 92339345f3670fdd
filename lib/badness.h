/* badness.h: how implausible a sequence of characters is as written text. */
#ifndef BADNESS_H
#define BADNESS_H

#include <stddef.h>
#include <stdint.h>

#define BAD_NCLASS	64
#define BAD_BOUND	0	/* the class of the start and end of a text */

extern const uint8_t bad_blk[256];
extern const uint8_t bad_cls[][256];
extern const int8_t bad_cost[BAD_NCLASS][BAD_NCLASS];
extern const uint8_t bad_seen[BAD_NCLASS][BAD_NCLASS];

/* The class of character u (lib/gen/mkbad.py defines them). */
int	bad_class(uint32_t u);

/*
 * The cost of class b following class a: twice the log2 of how much more
 * often the pair occurs in mojibake than in correct text; negative when it
 * is typical of correct text.
 */
static inline int
bad_pair(int a, int b)
{
	return bad_cost[a][b];
}

/* How often class b follows class a in correct text: log2 of the count, plus 1. */
static inline int
bad_common(int a, int b)
{
	return bad_seen[a][b];
}

/* The summed cost of every pair in the UTF-8 text s, ends included. */
long	bad_score(const char *s, size_t n);

#endif
