/* nstrip-boilerplate: keep an article's own paragraphs, drop the rest. */
#include <getopt.h>
#include <string.h>

#include "buf.h"
#include "doc.h"
#include "html.h"
#include "news.h"
#include "out.h"
#include "strip.h"

static const char help[] =
    "usage: nstrip-boilerplate [-Dv] [--explain] [--html | --text] [--no-title]\n"
    "                          [file ...]\n"
    "Print the article's own paragraphs, one a line, and drop what is around\n"
    "them: prompts to subscribe or share, captions and credits, tag lists,\n"
    "navigation, related links. Input is plain text (a paragraph a line) or\n"
    "HTML, told apart from the input.\n"
    "\n"
    "  -D, --doc-lines    each input line is a document ID<TAB>TEXT\n"
    "  -v, --invert       print only what is dropped\n"
    "      --explain      print every line as KEEP|DROP<TAB>REASON<TAB>LINE\n"
    "      --html         read HTML whatever the input looks like\n"
    "      --text         read plain text whatever the input looks like\n"
    "      --no-title     drop the headline too\n"
    "      --help         display this help and exit\n"
    "      --version      output version information and exit\n";

enum { OPT_EXPLAIN = OPT_FREE, OPT_HTML, OPT_TEXT, OPT_NOTITLE };

static const struct option longopts[] = {
	{ "doc-lines", no_argument, NULL, 'D' },
	{ "invert", no_argument, NULL, 'v' },
	{ "explain", no_argument, NULL, OPT_EXPLAIN },
	{ "html", no_argument, NULL, OPT_HTML },
	{ "text", no_argument, NULL, OPT_TEXT },
	{ "no-title", no_argument, NULL, OPT_NOTITLE },
	NU_STD_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

int
main(int argc, char *argv[])
{
	struct strip s;
	struct html h;
	struct docs ds;
	struct buf out = BUF_INIT;
	int ch, flags = 0, sflags = 0, what = STRIP_KEPT, mode = 0;

	nu_start("nstrip-boilerplate", help);
	while ((ch = getopt_long(argc, argv, "Dv", longopts, NULL)) != -1) {
		switch (ch) {
		case 'D':
			flags |= DOCS_LINES;
			break;
		case 'v':
			what = STRIP_DROPPED;
			break;
		case OPT_EXPLAIN:
			what = STRIP_EXPLAIN;
			break;
		case OPT_HTML:
		case OPT_TEXT:
			mode = ch;
			break;
		case OPT_NOTITLE:
			sflags |= STRIP_NOTITLE;
			break;
		default:
			nu_stdopt(ch);
		}
	}
	strip_init(&s, sflags);
	html_init(&h);
	docs_open(&ds, argv + optind, argc - optind, flags);
	while (docs_next(&ds)) {
		strip_reset(&s);
		if (mode == OPT_HTML || (mode == 0 &&
		    html_sniff(ds.doc.text, ds.doc.len)))
			html_blocks(&h, &s, ds.doc.text, ds.doc.len);
		else
			strip_text(&s, ds.doc.text, ds.doc.len);
		strip_classify(&s);
		buf_reset(&out);
		strip_write(&s, &out, what);
		if (flags & DOCS_LINES)
			doc_put(&ds.doc, out.p, out.len);
		else
			out_write(out.p, out.len);
	}
	docs_close(&ds);
	html_free(&h);
	strip_free(&s);
	buf_free(&out);
	return nu_exit();
}
