/* check_norm.c: unit tests of lib/norm.c. */
#include <check.h>
#include <string.h>

#include "buf.h"
#include "norm.h"

/* Check NFC(s) == want (both C strings). */
static void
nfc(const char *s, const char *want)
{
	struct buf b = BUF_INIT;

	norm_nfc(&b, s, strlen(s));
	buf_term(&b);	/* b.p is never null for memcmp */
	ck_assert_uint_eq(b.len, strlen(want));
	ck_assert(memcmp(b.p, want, b.len) == 0);
	buf_free(&b);
}

static int
isnfc(const char *s)
{
	return norm_isnfc(s, strlen(s));
}

START_TEST(isnfc_ascii_and_latin1)
{
	ck_assert_int_eq(isnfc(""), 1);
	ck_assert_int_eq(isnfc("The council met on Tuesday, 4 March."), 1);
	ck_assert_int_eq(isnfc("Caf\xC3\xA9 d\xC3\xA9j\xC3\xA0 vu, \xC3\x85sa S\xC3\xB8rlie"), 1);
	ck_assert_int_eq(isnfc("\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x94 yes"), 1);
}
END_TEST

START_TEST(isnfc_rejects_combining_and_excluded)
{
	ck_assert_int_eq(isnfc("Cafe\xCC\x81"), 0);	/* e + U+0301: Maybe */
	ck_assert_int_eq(isnfc("\xE2\x84\xAB"), 0);	/* ANGSTROM SIGN: No */
	ck_assert_int_eq(isnfc("\xCD\x84"), 0);	/* U+0344: No */
	/* U+0323 (220) after U+0307 (230): out of order. */
	ck_assert_int_eq(isnfc("x\xCC\x87\xCC\xA3"), 0);
	ck_assert_int_eq(isnfc("x\xCC\xA3\xCC\x87"), 0);	/* U+0307 is Maybe */
	ck_assert_int_eq(isnfc("x\xCC\x96\xCC\x95"), 1);	/* 220 then 232, both Yes */
	ck_assert_int_eq(isnfc("x\xCC\x95\xCC\x96"), 0);	/* 232 then 220 */
}
END_TEST

START_TEST(isnfc_rejects_invalid_utf8)
{
	ck_assert_int_eq(isnfc("abc\xFF"), 0);
	ck_assert_int_eq(isnfc("\xC3"), 0);
	ck_assert_int_eq(isnfc("\xED\xA0\x80"), 0);
}
END_TEST

START_TEST(nfc_leaves_nfc_alone)
{
	nfc("", "");
	nfc("plain ASCII text that is long enough to skip", "plain ASCII text that is long enough to skip");
	nfc("Ha Noi: H\xC3\xA0 N\xE1\xBB\x99i", "Ha Noi: H\xC3\xA0 N\xE1\xBB\x99i");
	nfc("\xED\x95\x9C\xEA\xB5\xAD", "\xED\x95\x9C\xEA\xB5\xAD");	/* Hangul */
}
END_TEST

START_TEST(nfc_composes)
{
	nfc("Cafe\xCC\x81 ole\xCC\x81", "Caf\xC3\xA9 ol\xC3\xA9");
	nfc("A\xCC\x8A", "\xC3\x85");
	/* n + U+0303 at the start, in the middle and after an 8-byte ASCII run. */
	nfc("n\xCC\x83", "\xC3\xB1");
	nfc("Espan\xCC\x83" "a", "Espa\xC3\xB1" "a");
	nfc("abcdefghijklmn\xCC\x83", "abcdefghijklm\xC3\xB1");
}
END_TEST

START_TEST(nfc_replaces_singletons_and_exclusions)
{
	nfc("\xE2\x84\xAB", "\xC3\x85");	/* ANGSTROM SIGN */
	nfc("\xE2\x84\xA6", "\xCE\xA9");	/* OHM SIGN */
	nfc("\xCD\x84", "\xCC\x88\xCC\x81");	/* U+0344 */
	nfc("\xE0\xA5\x98", "\xE0\xA4\x95\xE0\xA4\xBC");	/* U+0958 excluded */
}
END_TEST

START_TEST(nfc_reorders_marks)
{
	/* D + U+0307 + U+0323 = U+1E0C + U+0307 */
	nfc("D\xCC\x87\xCC\xA3", "\xE1\xB8\x8C\xCC\x87");
	/* U+1E0A + U+0323 decomposes first */
	nfc("\xE1\xB8\x8A\xCC\xA3", "\xE1\xB8\x8C\xCC\x87");
	/* a non-composing pair just reordered: x + 232 + 220 */
	nfc("x\xCC\x95\xCC\x96", "x\xCC\x96\xCC\x95");
}
END_TEST

START_TEST(nfc_two_byte_scripts)
{
	/* Cyrillic i + U+0306 is short i; Greek alpha + U+0301 has tonos. */
	nfc("\xD0\xB8\xCC\x86", "\xD0\xB9");
	nfc("\xCE\xB1\xCC\x81", "\xCE\xAC");
	/* U+0387 GREEK ANO TELEIA is a singleton for U+00B7. */
	nfc("\xCE\x87", "\xC2\xB7");
	ck_assert_int_eq(isnfc("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"), 1);
	ck_assert_int_eq(isnfc("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"), 1);
}
END_TEST

START_TEST(nfc_hangul)
{
	/* L + V + T jamo to one syllable, and LV + T. */
	nfc("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB", "\xED\x95\x9C");
	nfc("\xED\x95\x98\xE1\x86\xAB", "\xED\x95\x9C");
	nfc("\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80");
}
END_TEST

START_TEST(nfc_leading_mark_and_blocking)
{
	nfc("\xCC\x81" "e", "\xCC\x81" "e");
	/* A starter between blocks composition: e + x + U+0301. */
	nfc("ex\xCC\x81", "ex\xCC\x81");
	/* Same class blocks the second: a + U+0301 + U+0300. */
	nfc("a\xCC\x81\xCC\x80", "\xC3\xA1\xCC\x80");
}
END_TEST

START_TEST(nfc_copies_invalid_bytes)
{
	struct buf b = BUF_INIT;

	/* An invalid byte is kept and blocks composition across it. */
	norm_nfc(&b, "e\xFF\xCC\x81 e\xCC\x81\xC3", 9);
	ck_assert_uint_eq(b.len, 8);
	ck_assert(memcmp(b.p, "e\xFF\xCC\x81 \xC3\xA9\xC3", 8) == 0);
	buf_free(&b);
}
END_TEST

START_TEST(nfc_long_mark_run)
{
	struct buf in = BUF_INIT, out = BUF_INIT;
	size_t i;

	/* 1000 pairs of 232 and 220: sorted by class, stable, all kept. */
	buf_addc(&in, 'x');
	for (i = 0; i < 1000; i++)
		buf_add(&in, "\xCC\x95\xCC\x96", 4);
	norm_nfc(&out, in.p, in.len);
	ck_assert_uint_eq(out.len, in.len);
	for (i = 0; i < 1000; i++)
		ck_assert(memcmp(out.p + 1 + 2 * i, "\xCC\x96", 2) == 0);
	for (i = 0; i < 1000; i++)
		ck_assert(memcmp(out.p + 2001 + 2 * i, "\xCC\x95", 2) == 0);
	ck_assert_int_eq(norm_isnfc(out.p, out.len), 1);
	buf_free(&in);
	buf_free(&out);
}
END_TEST

Suite *
norm_suite(void)
{
	Suite *s = suite_create("norm");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, isnfc_ascii_and_latin1);
	tcase_add_test(tc, isnfc_rejects_combining_and_excluded);
	tcase_add_test(tc, isnfc_rejects_invalid_utf8);
	tcase_add_test(tc, nfc_leaves_nfc_alone);
	tcase_add_test(tc, nfc_composes);
	tcase_add_test(tc, nfc_replaces_singletons_and_exclusions);
	tcase_add_test(tc, nfc_reorders_marks);
	tcase_add_test(tc, nfc_two_byte_scripts);
	tcase_add_test(tc, nfc_hangul);
	tcase_add_test(tc, nfc_leading_mark_and_blocking);
	tcase_add_test(tc, nfc_copies_invalid_bytes);
	tcase_add_test(tc, nfc_long_mark_run);
	suite_add_tcase(s, tc);
	return s;
}
