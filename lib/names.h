/* names.h: given names and the gender they usually carry. */
#ifndef NAMES_H
#define NAMES_H

#include <stddef.h>

struct name_gender {
	const char	*name;	/* lower case (ASCII letters folded), UTF-8, NFC */
	char		 gender;	/* 'm', 'f', or 'u' when given to both */
};

extern const struct name_gender names_tab[];
extern const size_t names_ntab;

/*
 * Look up the given name s (n bytes, any ASCII case): return 'm', 'f' or
 * 'u' (either), or 0 when it is not a known given name.
 */
int	names_gender(const char *s, size_t n);

#endif
