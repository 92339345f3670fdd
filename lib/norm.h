/* norm.h: Unicode Normalization Form C (UAX #15). */
#ifndef NORM_H
#define NORM_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/*
 * Return 1 when s (n bytes) is valid UTF-8 and certainly in NFC by the
 * quick check of UAX #15 (no NFC_QC=No or Maybe character, combining marks
 * in canonical order); else 0, and norm_nfc may or may not change it.
 */
int	norm_isnfc(const char *s, size_t n);
/*
 * Append the NFC of s (n bytes of valid UTF-8) to b.  Bytes that are not
 * valid UTF-8 are copied as they are and block composition across them.
 */
void	norm_nfc(struct buf *b, const char *s, size_t n);

/*
 * The tables of lib/tab/norm.c, for norm.c only: three stages indexed by
 * cp >> 10, cp >> 4 & 63 and cp & 15 (lib/gen/ucdlib.py).
 */
#define NORM_NCOMP	941
#define NORM_QC_YES	0
#define NORM_QC_MAYBE	1
#define NORM_QC_NO	2

struct norm_pair {
	uint32_t	first;
	uint32_t	second;
	uint32_t	comp;
};

extern const uint8_t norm_safe2[256];
extern const uint8_t norm_prop_s1[];
extern const uint16_t norm_prop_s2[], norm_propval[];
extern const uint8_t norm_prop_s3[];
extern const uint8_t norm_dec_s1[];
extern const uint16_t norm_dec_s2[], norm_dec_s3[];
extern const uint16_t norm_decval[];
extern const uint32_t norm_decpool[];
extern const struct norm_pair norm_comp[NORM_NCOMP];

#define NORM_LOOKUP(t, cp)	\
	t##_s3[t##_s2[t##_s1[(cp) >> 10] << 6 | ((cp) >> 4 & 63)] + ((cp) & 15)]

#endif
