/* check_htmlent.c: unit tests of lib/htmlent.c. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "htmlent.h"

static size_t
ref(const char *s, uint32_t cp[2], int *ncp)
{
	return htmlent_ref(s, strlen(s), cp, ncp);
}

/* Decode s and compare with want; return the count of references. */
static size_t
dec(const char *s, const char *want)
{
	struct buf b = BUF_INIT;
	size_t k;

	k = htmlent_decode(&b, s, strlen(s));
	buf_term(&b);	/* b.p is never null for memcmp */
	ck_assert_uint_eq(b.len, strlen(want));
	ck_assert(memcmp(b.p, want, b.len) == 0);
	buf_free(&b);
	return k;
}

START_TEST(ref_named_with_semicolon)
{
	uint32_t cp[2];
	int ncp;

	ck_assert_uint_eq(ref("&amp;x", cp, &ncp), 5);
	ck_assert_int_eq(ncp, 1);
	ck_assert_uint_eq(cp[0], '&');
	ck_assert_uint_eq(ref("&rsquo;", cp, &ncp), 7);
	ck_assert_uint_eq(cp[0], 0x2019);
	ck_assert_uint_eq(ref("&CounterClockwiseContourIntegral;", cp, &ncp), 33);
	ck_assert_uint_eq(cp[0], 0x2233);
	ck_assert_uint_eq(ref("&zwnj;", cp, &ncp), 6);
	ck_assert_uint_eq(cp[0], 0x200C);
	ck_assert_uint_eq(ref("&AElig;", cp, &ncp), 7);
	ck_assert_uint_eq(cp[0], 0xC6);
}
END_TEST

START_TEST(ref_names_are_case_sensitive)
{
	uint32_t cp[2];
	int ncp;

	ck_assert_uint_eq(ref("&Eacute;", cp, &ncp), 8);
	ck_assert_uint_eq(cp[0], 0xC9);
	ck_assert_uint_eq(ref("&eacute;", cp, &ncp), 8);
	ck_assert_uint_eq(cp[0], 0xE9);
	ck_assert_uint_eq(ref("&RSQUO;", cp, &ncp), 0);
}
END_TEST

START_TEST(ref_two_code_points)
{
	uint32_t cp[2];
	int ncp;

	ck_assert_uint_eq(ref("&NotEqualTilde;", cp, &ncp), 15);
	ck_assert_int_eq(ncp, 2);
	ck_assert_uint_eq(cp[0], 0x2242);
	ck_assert_uint_eq(cp[1], 0x0338);
	ck_assert_uint_eq(ref("&fjlig;", cp, &ncp), 7);
	ck_assert_int_eq(ncp, 2);
	ck_assert_uint_eq(cp[0], 'f');
	ck_assert_uint_eq(cp[1], 'j');
}
END_TEST

START_TEST(ref_legacy_without_semicolon)
{
	uint32_t cp[2];
	int ncp;

	ck_assert_uint_eq(ref("&amp ", cp, &ncp), 4);
	ck_assert_uint_eq(cp[0], '&');
	ck_assert_uint_eq(ref("&eacute", cp, &ncp), 7);
	ck_assert_uint_eq(cp[0], 0xE9);
	ck_assert_uint_eq(ref("&copy2026", cp, &ncp), 5);
	ck_assert_uint_eq(cp[0], 0xA9);
	ck_assert_uint_eq(ref("&LT", cp, &ncp), 3);
	ck_assert_uint_eq(cp[0], '<');
}
END_TEST

START_TEST(ref_longest_legacy_prefix_wins)
{
	uint32_t cp[2];
	int ncp;

	/* notin; is a name, notit; is not: "not" then "it;". */
	ck_assert_uint_eq(ref("&notin;", cp, &ncp), 7);
	ck_assert_uint_eq(cp[0], 0x2209);
	ck_assert_uint_eq(ref("&notit;", cp, &ncp), 4);
	ck_assert_uint_eq(cp[0], 0xAC);
	ck_assert_uint_eq(ref("&ampx;", cp, &ncp), 4);
	ck_assert_uint_eq(cp[0], '&');
}
END_TEST

START_TEST(ref_modern_needs_semicolon)
{
	uint32_t cp[2];
	int ncp;

	ck_assert_uint_eq(ref("&rsquo ", cp, &ncp), 0);
	ck_assert_uint_eq(ref("&hellip", cp, &ncp), 0);
	ck_assert_uint_eq(ref("&T ", cp, &ncp), 0);
	ck_assert_uint_eq(ref("& amp;", cp, &ncp), 0);
	ck_assert_uint_eq(ref("&;", cp, &ncp), 0);
	ck_assert_uint_eq(ref("&", cp, &ncp), 0);
	ck_assert_uint_eq(ref("x&amp;", cp, &ncp), 0);
}
END_TEST

START_TEST(ref_decimal_and_hex)
{
	uint32_t cp[2];
	int ncp;

	ck_assert_uint_eq(ref("&#8217;", cp, &ncp), 7);
	ck_assert_int_eq(ncp, 1);
	ck_assert_uint_eq(cp[0], 0x2019);
	ck_assert_uint_eq(ref("&#x2019;", cp, &ncp), 8);
	ck_assert_uint_eq(cp[0], 0x2019);
	ck_assert_uint_eq(ref("&#X1F600;", cp, &ncp), 9);
	ck_assert_uint_eq(cp[0], 0x1F600);
	ck_assert_uint_eq(ref("&#233 ", cp, &ncp), 5);
	ck_assert_uint_eq(cp[0], 0xE9);
	ck_assert_uint_eq(ref("&#00065;", cp, &ncp), 8);
	ck_assert_uint_eq(cp[0], 'A');
}
END_TEST

START_TEST(ref_numeric_needs_a_digit)
{
	uint32_t cp[2];
	int ncp;

	ck_assert_uint_eq(ref("&#;", cp, &ncp), 0);
	ck_assert_uint_eq(ref("&#x;", cp, &ncp), 0);
	ck_assert_uint_eq(ref("&#xg;", cp, &ncp), 0);
	ck_assert_uint_eq(ref("&#", cp, &ncp), 0);
}
END_TEST

START_TEST(ref_numeric_c1_is_windows_1252)
{
	uint32_t cp[2];
	int ncp;

	ck_assert_uint_eq(ref("&#146;", cp, &ncp), 6);
	ck_assert_uint_eq(cp[0], 0x2019);
	ck_assert_uint_eq(ref("&#x80;", cp, &ncp), 6);
	ck_assert_uint_eq(cp[0], 0x20AC);
	ck_assert_uint_eq(ref("&#x81;", cp, &ncp), 6);
	ck_assert_uint_eq(cp[0], 0x81);
	ck_assert_uint_eq(ref("&#159;", cp, &ncp), 6);
	ck_assert_uint_eq(cp[0], 0x178);
}
END_TEST

START_TEST(ref_numeric_invalid_is_fffd)
{
	uint32_t cp[2];
	int ncp;

	ck_assert_uint_eq(ref("&#0;", cp, &ncp), 4);
	ck_assert_uint_eq(cp[0], 0xFFFD);
	ck_assert_uint_eq(ref("&#xD800;", cp, &ncp), 8);
	ck_assert_uint_eq(cp[0], 0xFFFD);
	ck_assert_uint_eq(ref("&#x110000;", cp, &ncp), 10);
	ck_assert_uint_eq(cp[0], 0xFFFD);
	ck_assert_uint_eq(ref("&#99999999999999999999;", cp, &ncp), 23);
	ck_assert_uint_eq(cp[0], 0xFFFD);
	ck_assert_uint_eq(ref("&#x10FFFF;", cp, &ncp), 10);
	ck_assert_uint_eq(cp[0], 0x10FFFF);
}
END_TEST

START_TEST(ref_respects_n)
{
	uint32_t cp[2];
	int ncp;

	ck_assert_uint_eq(htmlent_ref("&amp;", 4, cp, &ncp), 4);
	ck_assert_uint_eq(htmlent_ref("&rsquo;", 6, cp, &ncp), 0);
	ck_assert_uint_eq(htmlent_ref("&#8217;", 4, cp, &ncp), 4);
	ck_assert_uint_eq(cp[0], 0x52);
	ck_assert_uint_eq(htmlent_ref("&lt;", 2, cp, &ncp), 0);
}
END_TEST

START_TEST(ref_every_table_name)
{
	char s[HTMLENT_MAXNAME + 3];
	uint32_t cp[2];
	size_t i;
	int ncp;

	for (i = 0; i < HTMLENT_NTAB; i++) {
		const struct htmlent *e = &htmlent_tab[i];

		s[0] = '&';
		memcpy(s + 1, htmlent_pool + e->off, e->len);
		s[e->len + 1] = ';';
		ck_assert_uint_eq(htmlent_ref(s, e->len + 2, cp, &ncp), e->len + 2);
		ck_assert_uint_eq(cp[0], e->cp);
	}
}
END_TEST

START_TEST(table_holds_2231_references)
{
	size_t i, legacy = 0;

	/* The HTML Standard lists 2231: 2125 names with ';', 106 also without. */
	for (i = 0; i < HTMLENT_NTAB; i++)
		legacy += htmlent_tab[i].flags & HTMLENT_LEGACY;
	ck_assert_uint_eq(HTMLENT_NTAB + legacy, 2231);
	ck_assert_uint_eq(legacy, 106);
}
END_TEST

START_TEST(decode_mixed_text)
{
	ck_assert_uint_eq(dec("Tom &amp; Jerry&#8217;s &lt;b&gt;", "Tom & Jerry\xE2\x80\x99s <b>"), 4);
	ck_assert_uint_eq(dec("caf&eacute; &eacute", "caf\xC3\xA9 \xC3\xA9"), 2);
	ck_assert_uint_eq(dec("&NotEqualTilde;", "\xE2\x89\x82\xCC\xB8"), 1);
}
END_TEST

START_TEST(decode_leaves_lone_ampersands)
{
	ck_assert_uint_eq(dec("AT&T & Sons &&", "AT&T & Sons &&"), 0);
	ck_assert_uint_eq(dec("&&amp;&", "&&&"), 1);
	ck_assert_uint_eq(dec("", ""), 0);
	ck_assert_uint_eq(dec("no refs", "no refs"), 0);
}
END_TEST

START_TEST(decode_keeps_nul)
{
	struct buf b = BUF_INIT;

	ck_assert_uint_eq(htmlent_decode(&b, "a\0&lt;\0", 7), 1);
	ck_assert_uint_eq(b.len, 4);
	ck_assert(memcmp(b.p, "a\0<\0", 4) == 0);
	buf_free(&b);
}
END_TEST

Suite *
htmlent_suite(void)
{
	Suite *s = suite_create("htmlent");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, ref_named_with_semicolon);
	tcase_add_test(tc, ref_names_are_case_sensitive);
	tcase_add_test(tc, ref_two_code_points);
	tcase_add_test(tc, ref_legacy_without_semicolon);
	tcase_add_test(tc, ref_longest_legacy_prefix_wins);
	tcase_add_test(tc, ref_modern_needs_semicolon);
	tcase_add_test(tc, ref_decimal_and_hex);
	tcase_add_test(tc, ref_numeric_needs_a_digit);
	tcase_add_test(tc, ref_numeric_c1_is_windows_1252);
	tcase_add_test(tc, ref_numeric_invalid_is_fffd);
	tcase_add_test(tc, ref_respects_n);
	tcase_add_test(tc, ref_every_table_name);
	tcase_add_test(tc, table_holds_2231_references);
	tcase_add_test(tc, decode_mixed_text);
	tcase_add_test(tc, decode_leaves_lone_ampersands);
	tcase_add_test(tc, decode_keeps_nul);
	suite_add_tcase(s, tc);
	return s;
}
