/* check_html.c: unit tests of lib/html.c and lib/learn.c. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "html.h"
#include "learn.h"
#include "strip.h"

/* Cut a page into blocks; return their texts, a line each (static). */
static const char *
blocks(const char *page, unsigned *hints)
{
	static struct buf out;
	struct html h;
	struct strip s;
	size_t i;

	html_init(&h);
	strip_init(&s, 0);
	html_blocks(&h, &s, page, strlen(page));
	buf_reset(&out);
	for (i = 0; i < s.n; i++) {
		buf_add(&out, s.base + s.b[i].off, s.b[i].len);
		buf_addc(&out, '\n');
		if (hints != NULL && i < 8)
			hints[i] = s.b[i].hint;
	}
	buf_term(&out);
	strip_free(&s);
	html_free(&h);
	return out.p != NULL ? out.p : "";
}

START_TEST(sniff_tells_html_from_text)
{
	ck_assert(html_sniff("<!DOCTYPE html><p>x", 19));
	ck_assert(html_sniff("\xef\xbb\xbf  <html>", 11));
	ck_assert(!html_sniff("A <b> in text", 13));
	ck_assert(!html_sniff("", 0));
}
END_TEST

START_TEST(blocks_split_at_block_tags)
{
	ck_assert_str_eq(blocks("<p>One <b>two</b></p><div>Three<br><br>Four</div>"
	    "<ul><li>Five<li>Six</ul>", NULL), "One two\nThree\nFour\nFive\nSix\n");
}
END_TEST

START_TEST(white_space_collapses)
{
	ck_assert_str_eq(blocks("<p>  a\n\t b  <br> c </p>", NULL), "a b c\n");
}
END_TEST

START_TEST(script_style_comments_are_not_text)
{
	ck_assert_str_eq(blocks("<p>a<script>if (a<b) x='</p>';</script>b</p>"
	    "<style>p{}</style><!-- <p>c</p> --><p>d</p>", NULL), "ab\nd\n");
}
END_TEST

START_TEST(cdata_is_text_and_unclosed_comment_ends_page)
{
	ck_assert_str_eq(blocks("<p><![CDATA[x<y]]></p><!-- open", NULL), "x<y\n");
}
END_TEST

/* Found by fuzz_html: an end tag cut off by the end of the page. */
START_TEST(raw_text_end_tag_at_end_of_page)
{
	struct html h;
	struct strip s;
	char *page = malloc(23);

	memcpy(page, "<p>a</p><script>x</scr", 22);
	html_init(&h);
	strip_init(&s, 0);
	html_blocks(&h, &s, page, 22);
	ck_assert_uint_eq(s.n, 1);
	strip_free(&s);
	html_free(&h);
	free(page);
}
END_TEST

START_TEST(hidden_elements_are_skipped)
{
	ck_assert_str_eq(blocks("<p hidden>a</p><div style='display:none'>b</div>"
	    "<p class='sr-only'>c</p><p>d</p>", NULL), "d\n");
}
END_TEST

START_TEST(hints_from_elements_and_classes)
{
	unsigned h[8] = { 0 };

	blocks("<nav><p>a</p></nav><div class='related-links'><p>b</p></div>"
	    "<figure><figcaption>c</figcaption></figure><h1>d</h1>", h);
	ck_assert(h[0] & SH_NAV);
	ck_assert(h[1] & SH_CLASS);
	ck_assert(h[2] & SH_FIGURE);
	ck_assert(h[3] & SH_TITLE);
}
END_TEST

START_TEST(title_without_site_name_when_no_h1)
{
	ck_assert_str_eq(blocks("<title>Town hall sold | The Gazette</title>"
	    "<p>Text</p>", NULL), "Town hall sold\nText\n");
}
END_TEST

START_TEST(windows_1252_page_becomes_utf8)
{
	ck_assert_str_eq(blocks("<meta charset=windows-1252><p>caf\xe9 \x93q\x94",
	    NULL), "caf\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d\n");
}
END_TEST

START_TEST(declared_code_pages_by_any_label)
{
	/* KOI8-R in http-equiv, upper case. */
	ck_assert_str_eq(blocks("<meta http-equiv=Content-Type content='text/html;"
	    " charset=KOI8-R'><p>\xcd\xc9\xd2", NULL), "\xd0\xbc\xd0\xb8\xd1\x80\n");
	/* ISO-8859-2 by its alias, quoted. */
	ck_assert_str_eq(blocks("<meta charset=\"latin2\"><p>\xb3\xf3" "d\xbc", NULL),
	    "\xc5\x82\xc3\xb3" "d\xc5\xba\n");
	/* Windows-1251 by its short name, with spaces round '='. */
	ck_assert_str_eq(blocks("<meta content=\"text/html; charset = 'cp1251'\">"
	    "<p>\xc5\xf9\xb8", NULL), "\xd0\x95\xd1\x89\xd1\x91\n");
	/* ISO-8859-1 is read as Windows-1252, as browsers do. */
	ck_assert_str_eq(blocks("<meta charset=iso-8859-1><p>\x80 5", NULL),
	    "\xe2\x82\xac 5\n");
	/* A byte the page leaves undefined. */
	ck_assert_str_eq(blocks("<meta charset=windows-1252><p>a\x81z", NULL),
	    "a\xef\xbf\xbdz\n");
}
END_TEST

START_TEST(valid_utf8_wins_over_a_declaration)
{
	ck_assert_str_eq(blocks("<meta charset=koi8-r><p>\xd0\xbc\xd0\xb8\xd1\x80",
	    NULL), "\xd0\xbc\xd0\xb8\xd1\x80\n");
	ck_assert_str_eq(blocks("\xef\xbb\xbf<p>caf\xc3\xa9", NULL), "caf\xc3\xa9\n");
}
END_TEST

START_TEST(undeclared_code_page_is_guessed)
{
	/* Windows-1251 Russian, no charset anywhere. */
	ck_assert_str_eq(blocks("<html><p>\xcc\xee\xf1\xf2 \xee\xf2\xea\xf0\xfb\xf2"
	    " \xe2 \xf1\xf3\xe1\xe1\xee\xf2\xf3, \xe8 \xe6\xe8\xf2\xe5\xeb\xe8"
	    " \xe4\xee\xe2\xee\xeb\xfc\xed\xfb.", NULL),
	    "Мост открыт в субботу, и жители довольны.\n");
	/* Far into a long page, past what the guess reads from the start. */
	{
		struct buf b = BUF_INIT;
		int i;

		for (i = 0; i < 20000; i++)
			buf_adds(&b, "<!-- x -->");
		buf_adds(&b, "<p>\xcc\xee\xf1\xf2 \xee\xf2\xea\xf0\xfb\xf2 \xe2 "
		    "\xf1\xf3\xe1\xe1\xee\xf2\xf3, \xe8 \xe6\xe8\xf2\xe5\xeb\xe8.");
		buf_term(&b);
		ck_assert_str_eq(blocks(b.p, NULL),
		    "Мост открыт в субботу, и жители.\n");
		buf_free(&b);
	}
	/* An unknown label is no help either. */
	ck_assert_str_eq(blocks("<meta charset=x-nothing><p>caf\xe9 cr\xe8me", NULL),
	    "caf\xc3\xa9 cr\xc3\xa8me\n");
}
END_TEST

START_TEST(deep_nesting_is_bounded)
{
	struct buf b = BUF_INIT;
	int i;

	for (i = 0; i < 100000; i++)
		buf_adds(&b, "<div><span>");
	buf_adds(&b, "deep");
	for (i = 0; i < 100000; i++)
		buf_adds(&b, "</span></div>");
	buf_term(&b);
	ck_assert_str_eq(blocks(b.p, NULL), "deep\n");
	buf_free(&b);
}
END_TEST

START_TEST(learn_counts_documents_and_saves)
{
	char path[64] = "/tmp/newsutils-learn.XXXXXX";
	struct learn lr;
	int fd;

	ck_assert_int_ge(fd = mkstemp(path), 0);
	close(fd);
	unlink(path);
	ck_assert_int_eq(learn_open(&lr, path), 0);
	learn_next(&lr);
	ck_assert_uint_eq(learn_line(&lr, "Footer 2024", 11), 0);
	ck_assert_uint_eq(learn_line(&lr, "footer  2024", 12), 0);
	learn_next(&lr);
	ck_assert_uint_eq(learn_line(&lr, "FOOTER 2025", 11), 1);
	ck_assert_int_eq(learn_save(&lr), 0);
	learn_free(&lr);
	ck_assert_int_eq(learn_open(&lr, path), 0);
	learn_next(&lr);
	ck_assert_uint_eq(learn_line(&lr, "Footer 1999", 11), 2);
	learn_free(&lr);
	unlink(path);
	strcat(path, ".lock");
	unlink(path);
}
END_TEST

Suite *
html_suite(void)
{
	Suite *s = suite_create("html");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, sniff_tells_html_from_text);
	tcase_add_test(tc, blocks_split_at_block_tags);
	tcase_add_test(tc, white_space_collapses);
	tcase_add_test(tc, script_style_comments_are_not_text);
	tcase_add_test(tc, cdata_is_text_and_unclosed_comment_ends_page);
	tcase_add_test(tc, raw_text_end_tag_at_end_of_page);
	tcase_add_test(tc, hidden_elements_are_skipped);
	tcase_add_test(tc, hints_from_elements_and_classes);
	tcase_add_test(tc, title_without_site_name_when_no_h1);
	tcase_add_test(tc, windows_1252_page_becomes_utf8);
	tcase_add_test(tc, declared_code_pages_by_any_label);
	tcase_add_test(tc, valid_utf8_wins_over_a_declaration);
	tcase_add_test(tc, undeclared_code_page_is_guessed);
	tcase_add_test(tc, deep_nesting_is_bounded);
	tcase_add_test(tc, learn_counts_documents_and_saves);
	suite_add_tcase(s, tc);
	return s;
}
