/* uc.h: Unicode character properties: category, script, simple case. */
#ifndef UCHAR_H
#define UCHAR_H

#include <stdint.h>

/* General_Category values, in the order of the Unicode Standard's table 4-4. */
enum uc_cat {
	UC_LU, UC_LL, UC_LT, UC_LM, UC_LO,
	UC_MN, UC_MC, UC_ME,
	UC_ND, UC_NL, UC_NO,
	UC_PC, UC_PD, UC_PS, UC_PE, UC_PI, UC_PF, UC_PO,
	UC_SM, UC_SC, UC_SK, UC_SO,
	UC_ZS, UC_ZL, UC_ZP,
	UC_CC, UC_CF, UC_CS, UC_CO, UC_CN
};

/*
 * Scripts (Scripts.txt) news text mostly comes in; Inherited counts as
 * Common, every other script and Unknown as UC_SC_OTHER.
 */
enum uc_script {
	UC_SC_COMMON, UC_SC_LATIN, UC_SC_GREEK, UC_SC_CYRILLIC,
	UC_SC_ARMENIAN, UC_SC_HEBREW, UC_SC_ARABIC, UC_SC_DEVANAGARI,
	UC_SC_THAI, UC_SC_GEORGIAN, UC_SC_HANGUL, UC_SC_HIRAGANA,
	UC_SC_KATAKANA, UC_SC_HAN, UC_SC_OTHER
};

/* The general category of cp (enum uc_cat); UC_CN past U+10FFFF. */
int	uc_cat(uint32_t cp);
/* The script of cp (enum uc_script). */
int	uc_script(uint32_t cp);
/* Letters: categories Lu, Ll, Lt, Lm, Lo. */
int	uc_isalpha(uint32_t cp);
/* Category Lu. */
int	uc_isupper(uint32_t cp);
/* Category Ll. */
int	uc_islower(uint32_t cp);
/* Decimal digits: category Nd. */
int	uc_isdigit(uint32_t cp);
/* White_Space (PropList.txt): Zs, Zl, Zp and TAB, LF, VT, FF, CR, NEL. */
int	uc_isspace(uint32_t cp);
/* Punctuation: categories Pc, Pd, Ps, Pe, Pi, Pf, Po. */
int	uc_ispunct(uint32_t cp);
/* The simple uppercase mapping of cp (UnicodeData.txt field 12), or cp. */
uint32_t	uc_toupper(uint32_t cp);
/* The simple lowercase mapping of cp (UnicodeData.txt field 13), or cp. */
uint32_t	uc_tolower(uint32_t cp);

/*
 * The tables of lib/tab/uc.c, for uc.c only: three stages indexed
 * by cp >> 10, cp >> 4 & 63 and cp & 15 (lib/gen/ucdlib.py).
 */
extern const uint8_t uc_cs_s1[];
extern const uint16_t uc_cs_s2[], uc_csval[];
extern const uint8_t uc_cs_s3[];
extern const uint8_t uc_case_s1[];
extern const uint16_t uc_case_s2[];
extern const uint8_t uc_case_s3[];
extern const int32_t uc_casedelta[][2];

#define UC_LOOKUP(t, cp)	\
	t##_s3[t##_s2[t##_s1[(cp) >> 10] << 6 | ((cp) >> 4 & 63)] + ((cp) & 15)]

#endif
