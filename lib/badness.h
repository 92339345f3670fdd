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
extern const uint8_t bad_fwd[BAD_NCLASS][BAD_NCLASS];
extern const uint8_t bad_bwd[BAD_NCLASS][BAD_NCLASS];
extern const uint8_t bad_char[];

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

/*
 * How rare the pair a b is in correct text: -log2 of the chance of b
 * after a, and of a before b, in bits (30 if never seen).
 */
static inline int
bad_after(int a, int b)
{
	return bad_fwd[a][b];
}

static inline int
bad_before(int a, int b)
{
	return bad_bwd[a][b];
}

/*
 * How rare character u is among those of its class in correct text, in
 * half bits; 0 where the tables say nothing (past U+07FF but for
 * U+2000..U+21FF).
 */
static inline int
bad_charcost(uint32_t u)
{
	if (u < 0x800)
		return bad_char[u];
	if (u >= 0x2000 && u < 0x2200)
		return bad_char[0x800 + u - 0x2000];
	return 0;
}

/* The summed cost of every pair in the UTF-8 text s, ends included. */
long	bad_score(const char *s, size_t n);

#endif
