/* uc.c: Unicode character properties from the tables of lib/tab/uc.c. */
#include <stdint.h>

#include "uc.h"

/* cat | script << 5 of cp; unassigned and Unknown past U+10FFFF. */
static unsigned
cs(uint32_t cp)
{
	if (cp > 0x10FFFF)
		return UC_CN | UC_SC_OTHER << 5;
	return uc_csval[UC_LOOKUP(uc_cs, cp)];
}

int
uc_cat(uint32_t cp)
{
	return cs(cp) & 31;
}

int
uc_script(uint32_t cp)
{
	return cs(cp) >> 5;
}

int
uc_isalpha(uint32_t cp)
{
	return uc_cat(cp) <= UC_LO;
}

int
uc_isupper(uint32_t cp)
{
	return uc_cat(cp) == UC_LU;
}

int
uc_islower(uint32_t cp)
{
	return uc_cat(cp) == UC_LL;
}

int
uc_isdigit(uint32_t cp)
{
	return uc_cat(cp) == UC_ND;
}

/* White_Space of PropList.txt is Z* and these six controls. */
int
uc_isspace(uint32_t cp)
{
	int c;

	if ((cp >= 0x09 && cp <= 0x0D) || cp == 0x85)
		return 1;
	c = uc_cat(cp);
	return c >= UC_ZS && c <= UC_ZP;
}

int
uc_ispunct(uint32_t cp)
{
	int c = uc_cat(cp);

	return c >= UC_PC && c <= UC_PO;
}

uint32_t
uc_toupper(uint32_t cp)
{
	if (cp > 0x10FFFF)
		return cp;
	return cp + uc_casedelta[UC_LOOKUP(uc_case, cp)][0];
}

uint32_t
uc_tolower(uint32_t cp)
{
	if (cp > 0x10FFFF)
		return cp;
	return cp + uc_casedelta[UC_LOOKUP(uc_case, cp)][1];
}
