/* check_doc.c: unit tests of lib/doc.c. */
#include <check.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "doc.h"
#include "util.h"

static struct buf b;

static int
unesc(const char *s)
{
	buf_reset(&b);
	return doc_unescape(&b, s, strlen(s));
}

START_TEST(unescape_decodes_the_copy_escapes)
{
	ck_assert_int_eq(unesc("a\\tb\\nc\\\\d\\re"), 0);
	ck_assert_uint_eq(b.len, 9);
	ck_assert(memcmp(b.p, "a\tb\nc\\d\re", 9) == 0);
}
END_TEST

START_TEST(unescape_decodes_octal_nul)
{
	ck_assert_int_eq(unesc("x\\000y\\1z\\101"), 0);
	ck_assert_uint_eq(b.len, 6);
	ck_assert(memcmp(b.p, "x\0y\1zA", 6) == 0);
}
END_TEST

START_TEST(unescape_takes_unknown_escape_literally)
{
	ck_assert_int_eq(unesc("\\q\\\""), 0);
	ck_assert_uint_eq(b.len, 2);
	ck_assert(memcmp(b.p, "q\"", 2) == 0);
}
END_TEST

START_TEST(unescape_rejects_trailing_backslash)
{
	ck_assert_int_eq(unesc("abc\\"), -1);
}
END_TEST

START_TEST(files_are_one_document_each)
{
	char *files[2];
	struct docs ds;
	char a[64];

	snprintf(a, sizeof(a), "%s", tmpfile_with("first\nfile", 10));
	files[0] = a;
	files[1] = (char *)tmpfile_with("", 0);
	docs_open(&ds, files, 2, 0);
	ck_assert_int_eq(docs_next(&ds), 1);
	ck_assert_str_eq(ds.doc.id, a);
	ck_assert_uint_eq(ds.doc.len, 10);
	ck_assert_int_eq(ds.doc.many, 1);
	ck_assert_int_eq(docs_next(&ds), 1);
	ck_assert_uint_eq(ds.doc.len, 0);
	ck_assert_int_eq(docs_next(&ds), 0);
	docs_close(&ds);
	unlink(a);
	unlink(files[1]);
}
END_TEST

START_TEST(doc_lines_skip_malformed_ones)
{
	const char in[] = "a\tone\\ntwo\nno tab here\nb\\tc\tbad\\\n\t\n";
	char *files[1];
	struct docs ds;

	files[0] = (char *)tmpfile_with(in, sizeof(in) - 1);
	docs_open(&ds, files, 1, DOCS_LINES);
	ck_assert_int_eq(docs_next(&ds), 1);
	ck_assert_str_eq(ds.doc.id, "a");
	ck_assert_str_eq(ds.doc.text, "one\ntwo");
	ck_assert_uint_eq(ds.doc.line, 1);
	/* Line 2 has no TAB, line 3 ends in a lone backslash. */
	ck_assert_int_eq(docs_next(&ds), 1);
	ck_assert_uint_eq(ds.doc.line, 4);
	ck_assert_uint_eq(ds.doc.idlen, 0);
	ck_assert_uint_eq(ds.doc.len, 0);
	ck_assert_int_eq(docs_next(&ds), 0);
	docs_close(&ds);
	unlink(files[0]);
}
END_TEST

START_TEST(utf8_flag_skips_invalid_documents)
{
	const char in[] = "bad\tcaf\xE9\ngood\tcaf\xC3\xA9\n";
	char *files[1];
	struct docs ds;

	files[0] = (char *)tmpfile_with(in, sizeof(in) - 1);
	docs_open(&ds, files, 1, DOCS_LINES | DOCS_UTF8);
	ck_assert_int_eq(docs_next(&ds), 1);
	ck_assert_str_eq(ds.doc.id, "good");
	ck_assert_int_eq(docs_next(&ds), 0);
	docs_close(&ds);
	unlink(files[0]);
}
END_TEST

START_TEST(missing_file_is_passed_over)
{
	char *files[2] = { "/nonexistent/newsutils", NULL };
	struct docs ds;

	files[1] = (char *)tmpfile_with("x", 1);
	docs_open(&ds, files, 2, 0);
	ck_assert_int_eq(docs_next(&ds), 1);
	ck_assert_str_eq(ds.doc.text, "x");
	ck_assert_int_eq(docs_next(&ds), 0);
	docs_close(&ds);
	unlink(files[1]);
}
END_TEST

START_TEST(put_escapes_id_and_text)
{
	struct doc d = { "a\tb", 3, NULL, 0, NULL, 0, 0 };
	size_t n;

	capture_start();
	doc_put(&d, "x\ny\\", 4);
	ck_assert_str_eq(capture_end(&n), "a\\tb\tx\\ny\\\\\n");
}
END_TEST

Suite *
doc_suite(void)
{
	Suite *s = suite_create("doc");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, unescape_decodes_the_copy_escapes);
	tcase_add_test(tc, unescape_decodes_octal_nul);
	tcase_add_test(tc, unescape_takes_unknown_escape_literally);
	tcase_add_test(tc, unescape_rejects_trailing_backslash);
	tcase_add_test(tc, files_are_one_document_each);
	tcase_add_test(tc, doc_lines_skip_malformed_ones);
	tcase_add_test(tc, utf8_flag_skips_invalid_documents);
	tcase_add_test(tc, missing_file_is_passed_over);
	tcase_add_test(tc, put_escapes_id_and_text);
	suite_add_tcase(s, tc);
	return s;
}
