/* shape.c: recognize the shapes of boilerplate lines from their words. */
#include <stdint.h>
#include <string.h>

#include "shape.h"
#include "uc.h"
#include "utf8.h"

#define LOWMAX	480	/* bytes of a line looked at for phrases */

/*
 * Calls to action, in the languages of the stop lists: a line that holds
 * one and is not long prose is a prompt, not article text. Lower case,
 * apostrophes straight, single spaces.
 */
static const char *const prompts[] = {
	/* en */
	"sign up", "signup", "subscribe", "subscription", "subscribers",
	"newsletter", "cookies", "cookie policy", "cookie settings",
	"follow us", "read more", "read also", "also read", "see also",
	"continue reading", "advertisement", "all rights reserved",
	"by submitting", "by clicking", "editor's picks", "editors' picks",
	"related articles", "related stories", "related content",
	"related coverage", "related topics", "more stories", "more from",
	"you may also like", "you might also like", "recommended for you",
	"most read", "most popular", "most viewed", "trending now",
	"click here", "download the app", "get the app", "terms of use",
	"terms of service", "privacy policy", "terms and conditions",
	"skip to content", "skip to main content", "back to top", "log in",
	"sign in", "create an account", "your inbox", "email address",
	"share this", "share on", "share via", "leave a comment",
	"join the conversation", "sponsored content", "paid content",
	"support our journalism", "watch:", "listen:", "top stories",
	"copyright", "\xc2\xa9", "delivered to your door", "unlimited access",
	"ad free", "ad-free", "app access", "print and digital",
	"digital access", "free trial", "special offer", "by signing up",
	"unsubscribe", "sign me up", "privacy notice", "skip to",
	/* fr */
	"inscrivez-vous", "abonnez-vous", "s'abonner", "abonnement",
	"lire aussi", "\xc3\xa0 lire aussi", "lire la suite", "voir aussi",
	"en soumettant", "en cliquant", "suivez-nous", "partager",
	"publicit\xc3\xa9", "tous droits r\xc3\xa9serv\xc3\xa9s",
	"politique de confidentialit\xc3\xa9", "se connecter",
	/* de */
	"jetzt abonnieren", "abonnieren", "anmelden", "registrieren",
	"weiterlesen", "mehr zum thema", "lesen sie auch", "auch interessant",
	"folgen sie uns", "teilen sie", "anzeige", "werbung",
	"alle rechte vorbehalten", "datenschutzerkl\xc3\xa4rung",
	/* es */
	"suscr\xc3\xad" "bete", "suscribirse", "reg\xc3\xadstrate",
	"bolet\xc3\xadn", "leer m\xc3\xa1s", "lee tambi\xc3\xa9n",
	"te puede interesar", "s\xc3\xadguenos", "compartir", "publicidad",
	"todos los derechos reservados", "pol\xc3\xadtica de privacidad",
	/* it */
	"iscriviti", "abbonati", "leggi anche", "leggi di pi\xc3\xb9",
	"seguici", "condividi", "pubblicit\xc3\xa0",
	"tutti i diritti riservati",
	/* pt */
	"inscreva-se", "assine", "leia tamb\xc3\xa9m", "leia mais",
	"siga-nos", "compartilhe", "publicidade",
	"todos os direitos reservados",
	/* nl */
	"schrijf je in", "abonneer", "lees ook", "lees meer", "volg ons",
	"deel dit", "advertentie", "alle rechten voorbehouden",
	/* ru */
	"\xd0\xbf\xd0\xbe\xd0\xb4\xd0\xbf\xd0\xb8\xd1\x88\xd0\xb8\xd1\x82\xd0\xb5\xd1\x81\xd1\x8c",
	"\xd0\xbf\xd0\xbe\xd0\xb4\xd0\xbf\xd0\xb8\xd1\x81\xd0\xb0\xd1\x82\xd1\x8c\xd1\x81\xd1\x8f",
	"\xd1\x87\xd0\xb8\xd1\x82\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb5 \xd1\x82\xd0\xb0\xd0\xba\xd0\xb6\xd0\xb5",
	"\xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb5\xd0\xbb\xd0\xb8\xd1\x82\xd1\x8c\xd1\x81\xd1\x8f",
	"\xd1\x80\xd0\xb5\xd0\xba\xd0\xbb\xd0\xb0\xd0\xbc\xd0\xb0",
	"\xd0\xb2\xd1\x81\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb0 \xd0\xb7\xd0\xb0\xd1\x89\xd0\xb8\xd1\x89\xd0\xb5\xd0\xbd\xd1\x8b",
	/* pl */
	"zapisz si\xc4\x99", "subskrybuj", "czytaj tak\xc5\xbc\x65",
	"czytaj te\xc5\xbc", "czytaj wi\xc4\x99\x63\x65j", "udost\xc4\x99pnij",
	"wszelkie prawa zastrze\xc5\xbc\x6f\x6e\x65",
	/* tr */
	"abone ol", "ilginizi \xc3\xa7\x65kebilir", "payla\xc5\x9f",
	"t\xc3\xbcm haklar\xc4\xb1 sakl\xc4\xb1\x64\xc4\xb1r",
	/* zh, ja: share to, follow us, editor, all rights reserved; related, read on */
	"\xe5\x88\x86\xe4\xba\xab\xe5\x88\xb0",
	"\xe5\x85\xb3\xe6\xb3\xa8\xe6\x88\x91\xe4\xbb\xac",
	"\xe8\xb4\xa3\xe4\xbb\xbb\xe7\xbc\x96\xe8\xbe\x91",
	"\xe7\x89\x88\xe6\x9d\x83\xe6\x89\x80\xe6\x9c\x89",
	"\xe9\x96\xa2\xe9\x80\xa3\xe8\xa8\x98\xe4\xba\x8b",
	"\xe7\xb6\x9a\xe3\x81\x8d\xe3\x82\x92\xe8\xaa\xad\xe3\x82\x80",
	/* ar: subscribe, newsletter, read also, share, all rights reserved */
	"\xd8\xa7\xd8\xb4\xd8\xaa\xd8\xb1\xd9\x83",
	"\xd8\xa7\xd9\x84\xd9\x86\xd8\xb4\xd8\xb1\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xa8\xd8\xb1\xd9\x8a\xd8\xaf\xd9\x8a\xd8\xa9",
	"\xd8\xa7\xd9\x82\xd8\xb1\xd8\xa3 \xd8\xa3\xd9\x8a\xd8\xb6\xd8\xa7",
	"\xd8\xb4\xd8\xa7\xd8\xb1\xd9\x83",
	"\xd8\xac\xd9\x85\xd9\x8a\xd8\xb9 \xd8\xa7\xd9\x84\xd8\xad\xd9\x82\xd9\x88\xd9\x82 \xd9\x85\xd8\xad\xd9\x81\xd9\x88\xd8\xb8\xd8\xa9",
};

/* Words that make a line junk when it has nothing else: "Share Tweet Email". */
static const char *const chrome[] = {
	"share", "shares", "tweet", "email", "e-mail", "print", "comments",
	"comment", "related", "recommended", "trending", "sponsored", "menu",
	"home", "search", "login", "register", "tags", "topics", "more",
	"next", "previous", "prev", "advertising", "ad", "ads", "photos",
	"photo", "video", "videos", "gallery", "facebook", "twitter", "x",
	"whatsapp", "linkedin", "instagram", "youtube", "telegram",
	"pinterest", "reddit", "copy", "link", "close", "open", "accept",
	"all", "settings", "manage", "reject", "cookie", "cookies", "and",
	"or", "on", "us", "follow", "up", "sign", "subscribe", "newsletter",
	"top", "back", "to", "skip", "content", "main", "navigation", "view",
	"partager", "teilen", "compartir", "condividi", "compartilhar",
	"delen", "anzeige", "werbung", "publicit\xc3\xa9", "publicidad",
	"pubblicit\xc3\xa0", "publicidade", "reklama", "reklam",
};

/* Photo credits: a line that holds one of these and is not long is a credit. */
static const char *const credits[] = {
	"photo:", "photo :", "photos:", "photo by", "photograph:",
	"photograph by", "photography:", "picture:", "pictured:", "image:",
	"images:", "image by", "credit:", "credits:", "foto:", "fotos:",
	"bild:", "cr\xc3\xa9\x64it photo", "cr\xc3\xa9\x64its photo",
	"photo credit", "getty images", "ap photo", "afp photo", "afp via",
	"/reuters", "/ reuters", "reuters/", "shutterstock", "istock",
	"alamy", "pa wire", "pa media", "epa-efe", "(photo", "(image",
	"(picture", "(foto", "(credit", "source image",
	"\xd1\x84\xd0\xbe\xd1\x82\xd0\xbe:",	/* ru фото: */
};

/* News agencies that end a credit: "... / AFP", "(Image: AP)". */
static const char *const agencies[] = {
	"ap", "afp", "reuters", "epa", "dpa", "ansa", "efe", "xinhua", "tass",
	"getty", "images", "anadolu", "pa", "aap", "upi", "bloomberg",
};

/* Tag lists often come with a label. */
static const char *const taglabels[] = {
	"tags:", "tag:", "topics:", "tagged:", "filed under:", "keywords:",
	"mots-cl\xc3\xa9s", "th\xc3\xa8mes:", "schlagw\xc3\xb6rter",
	"themen:", "etiquetas:", "temas:", "argomenti:", "trefwoorden:",
};

/* Bylines open with one of these and a capitalized name. */
static const char *const bylines[] = {
	"by", "par", "von", "por", "door", "od",
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/*
 * Lower-case the start of a line into out (at most LOWMAX bytes), curly
 * apostrophes made straight, runs of white space made one space. Return
 * its length.
 */
static size_t
lowerline(const char *p, size_t n, char *out)
{
	static unsigned char lowtab[128];	/* ASCII lower case, white space as ' ' */
	const unsigned char *s = (const unsigned char *)p, *e = s + n;
	size_t o = 0;
	uint32_t c;
	int k, sp = 1;

	if (lowtab['A'] == 0)
		for (k = 0; k < 128; k++)
			lowtab[k] = k == ' ' || (k >= '\t' && k <= '\r') ? ' ' :
			    k >= 'A' && k <= 'Z' ? k + 32 : k;
	while (s < e && o + UTF8_MAX + 1 < LOWMAX) {
		if (*s < 0x80) {
			c = lowtab[*s++];
			if (c == ' ') {
				if (!sp)
					out[o++] = ' ';
				sp = 1;
				continue;
			}
			out[o++] = c;
			sp = 0;
			continue;
		}
		if ((k = utf8_decode(s, e - s, &c)) < 0) {
			s++;
			continue;
		}
		s += k;
		if (c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F) {
			if (!sp)
				out[o++] = ' ';
			sp = 1;
			continue;
		}
		if (c == 0x2019 || c == 0x2018)
			c = '\'';
		else
			c = uc_tolower(c);
		o += utf8_encode(c, out + o);
		sp = 0;
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	return o;
}

static int
wordbyte(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c & 0x80;
}

/* wordbyte as a table, for the scan of a line. */
static unsigned char wordtab[256];

static void
wordinit(void)
{
	int c;

	for (c = 0; c < 256; c++)
		wordtab[c] = wordbyte(c);
}

/*
 * The prompts and credits as one list indexed by first byte, and a bitmap
 * of a hash of the first three bytes, so that a line is scanned once and
 * most positions are passed over after one bit test.
 */
#define LEXMAX	512

static struct {
	int		 ready;
	const char	*w[LEXMAX];
	uint8_t		 len[LEXMAX];
	uint8_t		 credit[LEXMAX];
	uint8_t		 cjk[LEXMAX];	/* ends in a Chinese or Japanese character */
	uint16_t	 start[257];
	uint16_t	 ord[LEXMAX];
	uint8_t		 tri[65536 / 8];
	uint8_t		 shortw[256];	/* a phrase of under 3 bytes starts with it */
} lex;

#define TRI(u)	(((unsigned)(u)[0] << 8 ^ (unsigned)(u)[1] << 4 ^ (u)[2]) & 0xFFFF)

/* memcmp for the few bytes of a phrase, without the call. */
static int
same(const char *a, const char *b, size_t n)
{
	while (n > 0 && *a == *b)
		a++, b++, n--;
	return n == 0;
}

static void
lexadd(size_t *n, const char *const *list, size_t nl, int credit)
{
	size_t i;

	for (i = 0; i < nl && *n < LEXMAX; i++, (*n)++) {
		lex.w[*n] = list[i];
		lex.len[*n] = strlen(list[i]);
		lex.credit[*n] = credit;
		/* No spaces between words there: any end will do. */
		lex.cjk[*n] = lex.len[*n] >= 3 &&
		    (unsigned char)list[i][lex.len[*n] - 3] >= 0xE3;
	}
}

static void
lexinit(void)
{
	size_t i, c, n = 0;
	uint16_t at[257];
	unsigned pr;

	wordinit();
	lexadd(&n, prompts, NELEM(prompts), 0);
	lexadd(&n, credits, NELEM(credits), 1);
	for (i = 0; i < n; i++) {
		lex.start[(unsigned char)lex.w[i][0] + 1]++;
		if (lex.len[i] < 3) {
			lex.shortw[(unsigned char)lex.w[i][0]] = 1;
			continue;
		}
		pr = TRI((const unsigned char *)lex.w[i]);
		lex.tri[pr >> 3] |= 1 << (pr & 7);
	}
	for (c = 1; c < 257; c++)
		lex.start[c] += lex.start[c - 1];
	memcpy(at, lex.start, sizeof(at));
	for (i = 0; i < n; i++)
		lex.ord[at[(unsigned char)lex.w[i][0]]++] = i;
	lex.ready = 1;
}

/*
 * Scan s[0..n) for phrases that stand as whole words: set *prompt to the
 * offset of the first prompt (or -1), *credit if a credit phrase is there.
 */
static void
lexscan(const char *s, size_t n, long *prompt, int *credit)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i, k, wl, x, next;
	unsigned pr;

	if (!lex.ready)
		lexinit();
	*prompt = -1;
	*credit = 0;
	for (i = 0; i + 1 < n; i = next) {
		/* Phrases start where words do: go on past this one. */
		next = i + 1;
		if (wordtab[u[i]])
			while (next < n && wordtab[u[next]])
				next++;
		if (!lex.shortw[u[i]]) {
			if (i + 2 >= n)
				continue;
			pr = TRI(u + i);
			if (!(lex.tri[pr >> 3] & 1 << (pr & 7)))
				continue;
		}
		for (k = lex.start[u[i]]; k < lex.start[u[i] + 1]; k++) {
			x = lex.ord[k];
			wl = lex.len[x];
			if (wl > n - i || !same(s + i, lex.w[x], wl) ||
			    (i + wl < n && wordbyte(u[i + wl]) &&
			    wordbyte((unsigned char)lex.w[x][wl - 1]) &&
			    !lex.cjk[x]))
				continue;
			if (lex.credit[x])
				*credit = 1;
			else if (*prompt < 0)
				*prompt = i;
		}
		if (*credit && *prompt >= 0)
			return;
	}
}

/* Does the phrase w open s[0..n) as whole words? */
static int
opens(const char *s, size_t n, const char *w)
{
	size_t wl = strlen(w);

	return wl <= n && memcmp(s, w, wl) == 0 && (wl == n ||
	    !wordbyte((unsigned char)s[wl]) ||
	    !wordbyte((unsigned char)w[wl - 1]));
}

/* Is s[0..n) opened by one of the phrases of list? */
static int
openslist(const char *s, size_t n, const char *const *list, size_t nl)
{
	size_t i;

	for (i = 0; i < nl; i++)
		if (n > 0 && s[0] == list[i][0] && opens(s, n, list[i]))
			return 1;
	return 0;
}

/* Does s[0..n) hold the lower-case needle? */
static int
findci(const char *s, size_t n, const char *needle)
{
	size_t nl = strlen(needle), i;

	for (i = 0; i + nl <= n; i++)
		if (s[i] == needle[0] && memcmp(s + i, needle, nl) == 0)
			return 1;
	return 0;
}

int
shape_inlist(const char *w, size_t n, const char *const *list, size_t nl)
{
	size_t i, k;

	for (i = 0; i < nl; i++) {
		/* Stop at a NUL in w too: list[i][n] is read only if it exists. */
		for (k = 0; k < n && list[i][k] == w[k] && w[k] != '\0'; k++)
			;
		if (n > 0 && k == n && list[i][n] == '\0')
			return 1;
	}
	return 0;
}

/* Is every word of the line a word of chrome[]? */
static int
allchrome(const char *s, size_t n)
{
	size_t i = 0, j;
	int any = 0;

	while (i < n) {
		while (i < n && !wordbyte((unsigned char)s[i]) && s[i] != '-')
			i++;
		for (j = i; j < n && (wordbyte((unsigned char)s[j]) ||
		    s[j] == '-'); j++)
			;
		if (j == i)
			break;
		if (!shape_inlist(s + i, j - i, chrome, NELEM(chrome)))
			return 0;
		any = 1;
		i = j;
	}
	return any;
}

/* Trim white space, closing quotes and brackets, dots from the end. */
static size_t
trimend(const char *s, size_t n, const char *chars)
{
	while (n > 0 && strchr(chars, s[n - 1]) != NULL && s[n - 1] != '\0')
		n--;
	return n;
}

/* Does the line end in a news agency's name set off as a credit? */
static int
agencyend(const char *s, size_t n, unsigned nw)
{
	size_t i, m, j;
	int c;

	m = trimend(s, n, " )]");
	for (j = m; j > 0 && wordbyte((unsigned char)s[j - 1]); j--)
		;
	if (j == m || !shape_inlist(s + j, m - j, agencies, NELEM(agencies)))
		return 0;
	/* "Getty Images" ends in "images". */
	if (m - j == 6 && memcmp(s + j, "images", 6) == 0) {
		if (j < 6 || memcmp(s + j - 6, "getty ", 6) != 0)
			return 0;
		j -= 6;
	}
	if (nw <= 4)
		return 1;
	/* The agency follows a slash, colon, bracket or bar. */
	for (i = j; i > 0 && s[i - 1] == ' '; i--)
		;
	c = i > 0 ? s[i - 1] : 0;
	return c == '/' || c == ':' || c == '(' || c == '|';
}

/* Small words that may stand inside a credit's name: "Ministry of Defence". */
static int
connector(const char *w, size_t n)
{
	static const char *const c[] = { "of", "the", "and", "for", "de", "du",
	    "des", "la", "le", "by", "via", "/", "&", "-", "|", "y", "e", "und",
	    "der", "di", "van", "von" };

	return shape_inlist(w, n, c, NELEM(c));
}

/*
 * A caption that ends in its credit: sentences, then a run of 1 to 8
 * capitalized words with no end punctuation ("... on Tuesday. Ministry of
 * Defence"). A single word must be all capitals (AFP).
 */
static int
captiontail(const char *p, size_t n)
{
	size_t i, last = 0, j, k;
	int words = 0, caps = 1, allup = 1, found = 0;
	unsigned char c;

	n = trimend(p, n, " \t");
	if (n == 0 || strchr(".!?\"'):;,", p[n - 1]) != NULL ||
	    (unsigned char)p[n - 1] >= 0x80)
		return 0;
	for (i = 0; i + 1 < n; i++) {
		c = p[i];
		if ((c == '.' || c == '!' || c == '?' || c == '"') &&
		    p[i + 1] == ' ' && i > 0 && p[i - 1] != ' ') {
			/* "U.S. Army": a one-letter word before the dot is no end. */
			if (c == '.' && p[i - 1] >= 'A' && p[i - 1] <= 'Z' &&
			    (i < 2 || p[i - 2] == '.' || p[i - 2] == ' '))
				continue;
			last = i + 1;
			found = 1;
		} else if ((c == 0x9D || c == 0x99) && i >= 2 &&
		    (unsigned char)p[i - 1] == 0x80 &&
		    (unsigned char)p[i - 2] == 0xE2 && p[i + 1] == ' ') {
			last = i + 1;	/* a closing curly quote */
			found = 1;
		}
	}
	if (!found)
		return 0;
	for (i = last; i < n; i = j) {
		while (i < n && p[i] == ' ')
			i++;
		for (j = i; j < n && p[j] != ' '; j++)
			;
		if (j == i)
			break;
		words++;
		if (connector(p + i, j - i))
			continue;
		c = p[i];
		if (!(c >= 'A' && c <= 'Z') && !(c >= 0xC3 && c <= 0xD0))
			caps = 0;
		for (k = i; k < j; k++)
			if (p[k] >= 'a' && p[k] <= 'z')
				allup = 0;
	}
	if (!caps || words == 0 || words > 8)
		return 0;
	return words >= 2 || allup;
}

/* Comma-separated short items and no sentence: "Floods, Weather, Harbour". */
static int
taglist(const char *s, size_t n, const struct sblock *b)
{
	size_t i, items = 0, words = 0, maxw = 0, w = 0;
	int inw = 0;

	if (n == 0 || strchr(".!?", s[n - 1]) != NULL)
		return 0;
	if (b->nw > 0 && b->nstop * 4 > b->nw)
		return 0;
	for (i = 0; i <= n; i++) {
		if (i == n || s[i] == ',' || s[i] == '|') {
			if (inw)
				w++;
			if (w == 0 && i < n)
				return 0;
			items++;
			words += w;
			if (w > maxw)
				maxw = w;
			w = 0;
			inw = 0;
		} else if (s[i] == ' ') {
			if (inw)
				w++;
			inw = 0;
		} else
			inw = 1;
	}
	return items >= 3 && maxw <= 4 && words * 2 <= items * 5;
}

/* Does the line open with a bullet: • ◦ ▪ ■ ● ► ▶ · * - – — + > ? */
static int
bullet(const char *p, size_t n)
{
	static const char *const marks[] = { "\xe2\x80\xa2", "\xe2\x97\xa6",
	    "\xe2\x96\xaa", "\xe2\x96\xa0", "\xe2\x97\x8f", "\xe2\x96\xba",
	    "\xe2\x96\xb6", "\xc2\xb7", "\xe2\x80\x93", "\xe2\x80\x94", "*", "-",
	    "+", ">" };
	size_t i = 0, k, ml;

	while (i < n && (p[i] == ' ' || p[i] == '\t'))
		i++;
	/* Every mark opens with one of these bytes. */
	if (i == n || strchr("*-+>\xc2\xe2", p[i]) == NULL || p[i] == '\0')
		return 0;
	for (k = 0; k < NELEM(marks); k++) {
		ml = strlen(marks[k]);
		if (i + ml < n && memcmp(p + i, marks[k], ml) == 0 &&
		    (p[i + ml] == ' ' || (unsigned char)p[i] >= 0x80))
			return 1;
	}
	return 0;
}

/* A line made of [bracketed] items only, as text browsers show images. */
static int
placeholder(const char *s, size_t n)
{
	size_t i = 0;
	const char *q;

	if (n == 0)
		return 0;
	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		if (i == n)
			break;
		if (s[i] != '[' || (q = memchr(s + i, ']', n - i)) == NULL)
			return 0;
		i = q - s + 1;
	}
	return 1;
}

/* "By Nadia Pereira", "Par Julie Martin": a short line, no sentence. */
static int
byline(const char *low, size_t n, const char *p, size_t pn,
    const struct sblock *b)
{
	size_t i, j;

	if (b->nw > 12 || b->nsent > 0)
		return 0;
	for (i = 0; i < n && low[i] != ' '; i++)
		;
	if (!shape_inlist(low, i, bylines, NELEM(bylines)))
		return 0;
	for (j = 0; j < pn && p[j] == ' '; j++)
		;
	j += i + 1;
	return j < pn && ((p[j] >= 'A' && p[j] <= 'Z') ||
	    ((unsigned char)p[j] >= 0xC3 && (unsigned char)p[j] <= 0xD0));
}

/* Does the line end a sentence: . ! ? or an ellipsis, then closing quotes? */
static int
endsentence(const char *p, size_t n)
{
	const unsigned char *u = (const unsigned char *)p;

	while (n > 0 && (u[n - 1] == ' ' || u[n - 1] == '"' || u[n - 1] == '\'' ||
	    u[n - 1] == ')'))
		n--;
	/* ” ’ » and … end in these bytes */
	while (n >= 3 && u[n - 3] == 0xE2 && u[n - 2] == 0x80 &&
	    (u[n - 1] == 0x9D || u[n - 1] == 0x99))
		n -= 3;
	while (n >= 2 && u[n - 2] == 0xC2 && u[n - 1] == 0xBB)
		n -= 2;
	while (n > 0 && u[n - 1] == ' ')
		n--;
	if (n >= 3 && u[n - 3] == 0xE2 && u[n - 2] == 0x80 && u[n - 1] == 0xA6)
		return 1;
	return n > 0 && (u[n - 1] == '.' || u[n - 1] == '!' || u[n - 1] == '?');
}

int
shape_of(const char *p, size_t n, const struct sblock *b, const char **why)
{
	char low[LOWMAX];
	size_t ln;
	long at;
	int credit, full;

	if (b->nw > 80)
		return SHAPE_NONE;
	/*
	 * Long lines can only open with a prompt or end in a credit; so can
	 * lines of more than 20 words that end a sentence.
	 */
	full = b->nw <= 20 || (b->nw <= 40 && !endsentence(p, n));
	ln = lowerline(p, full ? n : n < 48 ? n : 48, low);
	if (placeholder(low, ln) || (b->nw <= 8 && memchr(low, '[', ln) != NULL &&
	    (findci(low, ln, "[image") || findci(low, ln, "[img") ||
	    findci(low, ln, "[photo") || findci(low, ln, "[video")))) {
		*why = "image placeholder";
		return SHAPE_PLACEHOLDER;
	}
	if (bullet(p, n) && (b->nw < 10 || b->nsent == 0)) {
		*why = "short bulleted item";
		return SHAPE_BULLET;
	}
	if (full && memchr(low, ':', ln < 24 ? ln : 24) != NULL &&
	    openslist(low, ln, taglabels, NELEM(taglabels))) {
		*why = "tag list";
		return SHAPE_TAGS;
	}
	if (full && taglist(low, ln, b)) {
		*why = "tag list";
		return SHAPE_TAGS;
	}
	lexscan(low, full ? ln : ln < 40 ? ln : 40, &at, &credit);
	if (full && (credit || agencyend(low, ln, b->nw))) {
		*why = "photo credit";
		return SHAPE_CREDIT;
	}
	if (b->nw >= 6 && b->nw <= 80 && captiontail(p, n)) {
		*why = "caption with credit";
		return SHAPE_CREDIT;
	}
	if (at >= 0 && (b->nw <= 30 || (at == 0 && b->nw <= 60))) {
		*why = "call to action";
		return SHAPE_PROMPT;
	}
	if (b->nw <= 8 && allchrome(low, ln)) {
		*why = "page chrome words";
		return SHAPE_PROMPT;
	}
	if (byline(low, ln, p, n, b)) {
		*why = "byline";
		return SHAPE_BYLINE;
	}
	return SHAPE_NONE;
}
