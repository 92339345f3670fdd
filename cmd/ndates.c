/* ndates: print the dates and times of news text, normalized to TIMEX3. */
#include <getopt.h>
#include <string.h>

#include "datelex.h"
#include "dates.h"
#include "news.h"
#include "rec.h"

static const char help[] =
    "usage: ndates [-bDHj] [--lang=LANG] [--no-id] [--ref=YYYY-MM-DD] [file ...]\n"
    "Print each temporal expression as VALUE<TAB>TYPE<TAB>TEXT: VALUE its\n"
    "TIMEX3 value (2022-02-01, 2022-W05, P5W, PRESENT_REF), TYPE one of DATE,\n"
    "TIME, DURATION, SET. Relative expressions are resolved against the\n"
    "reference date: --ref, else the first full date of the document, else\n"
    "left with X placeholders (XXXX-12-15).\n"
    "\n"
    "  -b, --byte-offset  add the byte offset and length of each expression\n"
    "  -D, --doc-lines    each input line is a document ID<TAB>TEXT\n"
    "  -H, --with-id      print the document id first\n"
    "  -j, --json         JSON Lines, with the TIMEX3 mod when there is one\n"
    "      --lang=LANG    words of language LANG: en (default), fr, de, es\n"
    "      --no-id        never print the document id\n"
    "      --ref=DATE     resolve against DATE (YYYY-MM-DD)\n"
    "      --help         display this help and exit\n"
    "      --version      output version information and exit\n";

enum { OPT_REF = OPT_FREE, OPT_LANG };

static const struct option longopts[] = {
	{ "doc-lines", no_argument, NULL, 'D' },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "ref", required_argument, NULL, OPT_REF },
	REC_LONGOPTS,
	NU_STD_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

int
main(int argc, char *argv[])
{
	struct recopt ro = RECOPT_INIT;
	struct dateopt o = DATEOPT_INIT;
	struct docs ds;
	int ch, flags = 0;

	nu_start("ndates", help);
	while ((ch = getopt_long(argc, argv, "bDHj", longopts, NULL)) != -1) {
		if (ch == 'D')
			flags |= DOCS_LINES;
		else if (ch == OPT_REF) {
			if (dates_setref(&o, optarg) < 0)
				nu_usage("invalid date '%s' (YYYY-MM-DD)",
				    optarg);
		} else if (ch == OPT_LANG) {
			if ((o.lang = lex_lang(optarg)) < 0)
				nu_usage("unknown language '%s'", optarg);
		} else if (!rec_option(&ro, ch))
			nu_stdopt(ch);
	}
	docs_open(&ds, argv + optind, argc - optind, flags);
	while (docs_next(&ds))
		dates_write(&ds.doc, &ro, &o);
	docs_close(&ds);
	return nu_exit();
}
