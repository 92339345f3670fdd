/* check_uc.c: unit tests of lib/uc.c. */
#include <check.h>

#include "uc.h"

START_TEST(cat_of_ascii)
{
	ck_assert_int_eq(uc_cat('A'), UC_LU);
	ck_assert_int_eq(uc_cat('z'), UC_LL);
	ck_assert_int_eq(uc_cat('7'), UC_ND);
	ck_assert_int_eq(uc_cat(' '), UC_ZS);
	ck_assert_int_eq(uc_cat('\n'), UC_CC);
	ck_assert_int_eq(uc_cat('_'), UC_PC);
	ck_assert_int_eq(uc_cat('-'), UC_PD);
	ck_assert_int_eq(uc_cat('('), UC_PS);
	ck_assert_int_eq(uc_cat(')'), UC_PE);
	ck_assert_int_eq(uc_cat('+'), UC_SM);
	ck_assert_int_eq(uc_cat('$'), UC_SC);
	ck_assert_int_eq(uc_cat('^'), UC_SK);
}
END_TEST

START_TEST(cat_beyond_ascii)
{
	ck_assert_int_eq(uc_cat(0x01C5), UC_LT);	/* Dž */
	ck_assert_int_eq(uc_cat(0x02B0), UC_LM);
	ck_assert_int_eq(uc_cat(0x05D0), UC_LO);	/* alef */
	ck_assert_int_eq(uc_cat(0x0301), UC_MN);
	ck_assert_int_eq(uc_cat(0x0903), UC_MC);
	ck_assert_int_eq(uc_cat(0x20DD), UC_ME);
	ck_assert_int_eq(uc_cat(0x2167), UC_NL);	/* Roman eight */
	ck_assert_int_eq(uc_cat(0x00BD), UC_NO);
	ck_assert_int_eq(uc_cat(0x00AB), UC_PI);
	ck_assert_int_eq(uc_cat(0x2019), UC_PF);
	ck_assert_int_eq(uc_cat(0x00A9), UC_SO);
	ck_assert_int_eq(uc_cat(0x2028), UC_ZL);
	ck_assert_int_eq(uc_cat(0x2029), UC_ZP);
	ck_assert_int_eq(uc_cat(0x00AD), UC_CF);
	ck_assert_int_eq(uc_cat(0xD800), UC_CS);
	ck_assert_int_eq(uc_cat(0xE000), UC_CO);
	ck_assert_int_eq(uc_cat(0x10FFFD), UC_CO);
}
END_TEST

START_TEST(cat_of_ranges_and_unassigned)
{
	ck_assert_int_eq(uc_cat(0x4E00), UC_LO);	/* CJK range First */
	ck_assert_int_eq(uc_cat(0x9000), UC_LO);
	ck_assert_int_eq(uc_cat(0xAC00), UC_LO);	/* Hangul range */
	ck_assert_int_eq(uc_cat(0xD7A3), UC_LO);
	ck_assert_int_eq(uc_cat(0x0378), UC_CN);
	ck_assert_int_eq(uc_cat(0xFFFF), UC_CN);
	ck_assert_int_eq(uc_cat(0x10FFFF), UC_CN);
	ck_assert_int_eq(uc_cat(0x110000), UC_CN);
	ck_assert_int_eq(uc_cat(0xFFFFFFFF), UC_CN);
}
END_TEST

START_TEST(predicates)
{
	ck_assert(uc_isalpha(0xE9));
	ck_assert(uc_isalpha(0x4E2D));
	ck_assert(!uc_isalpha('1'));
	ck_assert(!uc_isalpha(0x0301));
	ck_assert(uc_isupper(0xC9));
	ck_assert(!uc_isupper(0xE9));
	ck_assert(uc_islower(0xDF));
	ck_assert(uc_isdigit(0x0663));	/* Arabic-Indic three */
	ck_assert(!uc_isdigit(0x00B2));	/* superscript two is No */
	ck_assert(uc_ispunct(0x201C));
	ck_assert(uc_ispunct('!'));
	ck_assert(!uc_ispunct('+'));
}
END_TEST

START_TEST(isspace_is_white_space)
{
	static const uint32_t yes[] = { 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20,
	    0x85, 0xA0, 0x1680, 0x2000, 0x200A, 0x2028, 0x2029, 0x202F,
	    0x205F, 0x3000 };
	size_t i;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		ck_assert(uc_isspace(yes[i]));
	ck_assert(!uc_isspace(0x200B));	/* ZERO WIDTH SPACE is Cf */
	ck_assert(!uc_isspace(0xFEFF));
	ck_assert(!uc_isspace(0x1C));
	ck_assert(!uc_isspace('a'));
}
END_TEST

START_TEST(case_mappings)
{
	ck_assert_uint_eq(uc_toupper('a'), 'A');
	ck_assert_uint_eq(uc_tolower('A'), 'a');
	ck_assert_uint_eq(uc_toupper('A'), 'A');
	ck_assert_uint_eq(uc_toupper(0xE9), 0xC9);
	ck_assert_uint_eq(uc_toupper(0xFF), 0x178);
	ck_assert_uint_eq(uc_toupper(0xDF), 0xDF);	/* no simple mapping */
	ck_assert_uint_eq(uc_tolower(0x130), 'i');
	ck_assert_uint_eq(uc_toupper(0x3C2), 0x3A3);	/* final sigma */
	ck_assert_uint_eq(uc_tolower(0x416), 0x436);	/* Zhe */
	ck_assert_uint_eq(uc_toupper(0x10D0), 0x1C90);	/* Georgian Mtavruli */
	ck_assert_uint_eq(uc_tolower(0x1E9E), 0xDF);
	ck_assert_uint_eq(uc_toupper(0x1E922), 0x1E900);	/* Adlam */
	ck_assert_uint_eq(uc_toupper(0x4E2D), 0x4E2D);
	ck_assert_uint_eq(uc_toupper(0x110000), 0x110000);
}
END_TEST

START_TEST(scripts)
{
	ck_assert_int_eq(uc_script('a'), UC_SC_LATIN);
	ck_assert_int_eq(uc_script(0x0151), UC_SC_LATIN);
	ck_assert_int_eq(uc_script(' '), UC_SC_COMMON);
	ck_assert_int_eq(uc_script('5'), UC_SC_COMMON);
	ck_assert_int_eq(uc_script(0x0301), UC_SC_COMMON);	/* Inherited */
	ck_assert_int_eq(uc_script(0x03B1), UC_SC_GREEK);
	ck_assert_int_eq(uc_script(0x0436), UC_SC_CYRILLIC);
	ck_assert_int_eq(uc_script(0x0561), UC_SC_ARMENIAN);
	ck_assert_int_eq(uc_script(0x05D0), UC_SC_HEBREW);
	ck_assert_int_eq(uc_script(0x0628), UC_SC_ARABIC);
	ck_assert_int_eq(uc_script(0x0915), UC_SC_DEVANAGARI);
	ck_assert_int_eq(uc_script(0x0E01), UC_SC_THAI);
	ck_assert_int_eq(uc_script(0x10D0), UC_SC_GEORGIAN);
	ck_assert_int_eq(uc_script(0xAC00), UC_SC_HANGUL);
	ck_assert_int_eq(uc_script(0x3042), UC_SC_HIRAGANA);
	ck_assert_int_eq(uc_script(0x30A2), UC_SC_KATAKANA);
	ck_assert_int_eq(uc_script(0x4E2D), UC_SC_HAN);
	ck_assert_int_eq(uc_script(0x20000), UC_SC_HAN);
	ck_assert_int_eq(uc_script(0x0B95), UC_SC_OTHER);	/* Tamil */
	ck_assert_int_eq(uc_script(0x0378), UC_SC_OTHER);	/* Unknown */
}
END_TEST

Suite *
uc_suite(void)
{
	Suite *s = suite_create("uc");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, cat_of_ascii);
	tcase_add_test(tc, cat_beyond_ascii);
	tcase_add_test(tc, cat_of_ranges_and_unassigned);
	tcase_add_test(tc, predicates);
	tcase_add_test(tc, isspace_is_white_space);
	tcase_add_test(tc, case_mappings);
	tcase_add_test(tc, scripts);
	suite_add_tcase(s, tc);
	return s;
}
