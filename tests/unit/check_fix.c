/* check_fix.c: unit tests of lib/fix.c and lib/badness.c, with the invariants as properties. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "badness.h"
#include "cp.h"
#include "fix.h"
#include "utf8.h"

/* Correct text in several languages and scripts, written for the tests. */
static const char *const clean[] = {
	"The mayor of Valbruna said the bridge would reopen on Friday.",
	"Le maire a déclaré que la fête aura lieu en été, à l’heure prévue.",
	"Die Bürgermeisterin von Großfelden eröffnete die Brücke.",
	"El alcalde dijo que la señora Muñoz ganó el premio «Río».",
	"Borgmästaren i Långsjö sade att färjan går igen på måndag.",
	"Ông Nguyễn Văn Tường nói rằng cây cầu sẽ mở lại vào thứ Sáu.",
	"Ο δήμαρχος της Καλαμαριάς είπε ότι η γέφυρα θα ανοίξει.",
	"Мэр города Белоозерска заявил, что мост откроют в пятницу.",
	"Строк дії ключа вичерпано; тієї самої години.",
	"Starosta obce Třebovice řekl, že most bude otevřen v pátek.",
	"Zażółć gęślą jaźń — powiedział burmistrz Żółwina.",
	"“We will not wait,” said Ilse Varga — the council’s chair…",
	"NESTLÉ® costs 5×£35; 10 µs; 30 °C; ½ litre; 2–3 days.",
	"市长说，大桥将于周五重新开放。",
	"市長は金曜日に橋を再開すると述べた。",
	"시장은 금요일에 다리를 다시 연다고 말했다.",
	"ראש העיר אמר שהגשר ייפתח מחדש ביום שישי.",
	"قال رئيس البلدية إن الجسر سيعاد فتحه يوم الجمعة.",
	"नगर प्रमुख ने कहा कि पुल शुक्रवार को फिर से खुलेगा।",
	"นายกเทศมนตรีกล่าวว่าสะพานจะเปิดอีกครั้งในวันศุกร์",
	"Belediye başkanı köprünün cuma günü açılacağını söyledi.",
	"Rīgas mērs sacīja, ka tilts tiks atvērts piektdien.",
};

/* Mojibake of the lines above (by index) and what it must become. */
static const struct {
	const char	*in, *out;
} moji[] = {
	{ "Le maire a dÃ©clarÃ© que la fÃªte aura lieu en Ã©tÃ©, Ã  lâ€™heure prÃ©vue.",
	  "Le maire a déclaré que la fête aura lieu en été, à l’heure prévue." },
	{ "Ð\xc5\x93Ñ\xc2\x8dÑ€ Ð³Ð¾Ñ€Ð¾Ð´Ð° Ð·Ð°Ñ\xc2\x8fÐ²Ð¸Ð»",
	  "Мэр города заявил" },
	{ "РњСЌСЂ РіРѕСЂРѕРґР° Р·Р°СЏРІРёР»", "Мэр города заявил" },
	{ "Die B√ºrgermeisterin von Gro√üfelden", "Die Bürgermeisterin von Großfelden" },
	{ "Starosta obce TĹ™ebovice Ĺ™ekl, Ĺľe most", "Starosta obce Třebovice řekl, že most" },
	{ "Ã¢â‚¬Å“We will not wait,Ã¢â‚¬Â\xc2\x9d said Ilse",
	  "“We will not wait,” said Ilse" },
	{ "Î¿ Î´Î®Î¼Î±Ï\xc2\x81Ï‡Î¿Ï‚", "ο δήμαρχος" },
	{ "Ông Nguyá»…n VÄƒn TÆ°á»\xc2\x9dng", "Ông Nguyễn Văn Tường" },
	{ "å¸‚é•·ã\xc2\x81¯é‡‘æ›œæ—¥", "市長は金曜日" },
	{ "the council’s chair said cafÃ© au lait", "the council’s chair said café au lait" },
};

static struct fix fx;

static void
setup(void)
{
	fix_init(&fx, FIX_DEFAULT, -1);
}

static void
teardown(void)
{
	fix_free(&fx);
}

static char *
fixed(struct fix *f, const char *s, size_t n, size_t *on)
{
	const char *o;
	char *r;

	fix_line(f, s, n, &o, on);
	r = malloc(*on + 1);
	memcpy(r, o, *on);
	r[*on] = '\0';
	return r;
}

START_TEST(clean_text_is_unchanged_byte_for_byte)
{
	size_t i, n, on;
	char *o;

	for (i = 0; i < sizeof(clean) / sizeof(clean[0]); i++) {
		n = strlen(clean[i]);
		o = fixed(&fx, clean[i], n, &on);
		ck_assert_msg(on == n && memcmp(o, clean[i], n) == 0,
		    "changed: %s -> %s", clean[i], o);
		ck_assert_int_eq(fx.did, 0);
		free(o);
	}
}
END_TEST

START_TEST(mojibake_is_repaired)
{
	size_t i, on;
	char *o;

	for (i = 0; i < sizeof(moji) / sizeof(moji[0]); i++) {
		o = fixed(&fx, moji[i].in, strlen(moji[i].in), &on);
		ck_assert_str_eq(o, moji[i].out);
		ck_assert(fx.did & FIX_MOJIBAKE);
		free(o);
	}
}
END_TEST

START_TEST(output_is_valid_and_idempotent)
{
	static const char junk[] = "caf\xe9 \xc3\x83\xc2\xa9 \xff\xfe\x00\x1b[1mx"
	    "\r\xc2\x85y &amp; \xef\xbb\xbf \xed\xa0\x80 \xf4\x90\x80\x80 \xe2";
	struct fix g;
	size_t n, on, on2;
	char *o, *o2;
	unsigned seed = 12345;
	char buf[64];
	int t, k;

	fix_init(&g, FIX_DEFAULT, -1);
	for (t = 0; t < 3000; t++) {
		/* Pieces of junk and of the test lines, shuffled. */
		for (n = 0; n < sizeof(buf); n++) {
			seed = seed * 1103515245 + 12345;
			k = seed >> 16;
			buf[n] = k & 1 ? junk[k % (sizeof(junk) - 1)] :
			    moji[k % 10].in[k % strlen(moji[k % 10].in)];
		}
		n = (seed >> 8) % sizeof(buf);
		o = fixed(&fx, buf, n, &on);
		ck_assert_uint_eq(utf8_valid(o, on), on);
		if (memchr(o, '\n', on) == NULL) {
			o2 = fixed(&g, o, on, &on2);
			ck_assert_msg(on2 == on && memcmp(o, o2, on) == 0,
			    "not idempotent: %s -> %s", o, o2);
			free(o2);
		}
		free(o);
	}
	fix_free(&g);
}
END_TEST

START_TEST(legacy_pages_are_guessed)
{
	static const char cp1252[] = "Caf\xe9 cr\xe8me \x96 la f\xeate d\x92\xe9t\xe9";
	static const char cp1251[] = "\xcc\xfd\xf0 \xe3\xee\xf0\xee\xe4\xe0 \xe7\xe0\xff\xe2\xe8\xeb";
	static const char koi8[] = "\xed\xd8\xd2 \xc7\xcf\xd2\xcf\xc4\xc1 \xda\xc1\xd1\xd7\xc9\xcc";

	ck_assert_int_eq(fix_guess(cp1252, strlen(cp1252)), CP_CP1252);
	ck_assert_int_eq(fix_guess(cp1251, strlen(cp1251)), CP_CP1251);
	ck_assert_int_eq(fix_guess(koi8, strlen(koi8)), CP_KOI8_R);
}
END_TEST

START_TEST(invalid_bytes_are_counted)
{
	struct fix g;
	size_t on;
	char *o;

	fix_init(&g, FIX_DEFAULT, FIX_UTF8);
	o = fixed(&g, "a\xff" "b\xc3", 4, &on);
	ck_assert_str_eq(o, "a\xef\xbf\xbd" "b\xef\xbf\xbd");
	ck_assert_uint_eq(g.nrepl, 2);
	free(o);
	fix_free(&g);
}
END_TEST

START_TEST(explain_names_the_steps)
{
	struct buf b = BUF_INIT;
	size_t on;
	char *o;

	o = fixed(&fx, "Ã¢â‚¬Å“x&amp;", strlen("Ã¢â‚¬Å“x&amp;"), &on);
	fix_names(&fx, &b);
	buf_term(&b);
	ck_assert_str_eq(b.p, "html-entities,mojibake:cp1252x2");
	free(o);
	buf_free(&b);
}
END_TEST

START_TEST(references_in_markup_stay)
{
	size_t on;
	char *o;

	o = fixed(&fx, "<p>Caf&eacute;</p>", 18, &on);
	ck_assert_str_eq(o, "<p>Caf&eacute;</p>");
	free(o);
	o = fixed(&fx, "Tom &amp; Jerry", 15, &on);
	ck_assert_str_eq(o, "Tom &amp; Jerry");
	free(o);
}
END_TEST

START_TEST(badness_prefers_correct_text)
{
	ck_assert_int_lt(bad_score("café", 5), bad_score("cafÃ©", 7));
	ck_assert_int_lt(bad_score("дороге", 12), bad_score("РґРѕСЂРѕРіРµ", 24));
	ck_assert_int_eq(bad_class('a'), bad_class('z'));
	ck_assert_int_ne(bad_class('a'), bad_class('A'));
}
END_TEST

Suite *
fix_suite(void)
{
	Suite *s = suite_create("fix");
	TCase *tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, clean_text_is_unchanged_byte_for_byte);
	tcase_add_test(tc, mojibake_is_repaired);
	tcase_add_test(tc, output_is_valid_and_idempotent);
	tcase_add_test(tc, legacy_pages_are_guessed);
	tcase_add_test(tc, invalid_bytes_are_counted);
	tcase_add_test(tc, explain_names_the_steps);
	tcase_add_test(tc, references_in_markup_stay);
	tcase_add_test(tc, badness_prefers_correct_text);
	suite_add_tcase(s, tc);
	return s;
}
