/* cp.h: single-byte code pages, decoded and encoded. */
#ifndef CP_H
#define CP_H

#include <stdint.h>

/* In the order of lib/gen/mkcp.py, which is also the order of preference. */
enum {
	CP_CP1252,
	CP_LATIN1,
	CP_CP1250,
	CP_CP1251,
	CP_CP1253,
	CP_CP1254,
	CP_CP1257,
	CP_ISO8859_2,
	CP_ISO8859_15,
	CP_MACROMAN,
	CP_KOI8_R,
	CP_CP437,
	CP_N
};

struct cp_rev {
	uint16_t	u;	/* a character of the upper half */
	uint8_t		b;	/* its byte */
};

struct cp_page {
	const char	*name;		/* the IANA name, "windows-1252" */
	const char	*alias;		/* the short name, "cp1252" */
	uint16_t	 hi[128];	/* bytes 80..FF; 0 where undefined */
	struct cp_rev	 rev[128];	/* hi inverted, sorted by character */
	int		 nrev;
};

extern const struct cp_page cp_pages[CP_N];

/* Find a page by either name, ignoring case, '-' and '_'; -1 if unknown. */
int	cp_byname(const char *name);
/* The short name of page cp, as used in messages ("cp1252"). */
const char	*cp_name(int cp);
/* The character byte c stands for in page cp; 0 if it is undefined. */
uint32_t	cp_decode(int cp, unsigned c);
/* The byte that stands for character u in page cp; -1 if there is none. */
int	cp_encode(int cp, uint32_t u);

#endif
