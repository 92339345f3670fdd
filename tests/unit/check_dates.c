/* check_dates.c: unit tests of lib/dates.c (matching and resolution). */
#include <check.h>
#include <string.h>

#include "datelex.h"
#include "dates.h"

/* The value of the n-th expression of s against ref ("" for none). */
static const char *
val(const char *s, const char *ref, size_t n)
{
	struct dateopt o = DATEOPT_INIT;
	const struct timex *tx;

	if (ref != NULL)
		ck_assert_int_eq(dates_setref(&o, ref), 0);
	if (dates_find(s, strlen(s), &o, &tx) <= n)
		return "";
	return tx[n].value;
}

static size_t
count(const char *s)
{
	struct dateopt o = DATEOPT_INIT;
	const struct timex *tx;

	return dates_find(s, strlen(s), &o, &tx);
}

START_TEST(setref_rejects_impossible_dates)
{
	struct dateopt o = DATEOPT_INIT;

	ck_assert_int_eq(dates_setref(&o, "2022-02-29"), -1);
	ck_assert_int_eq(dates_setref(&o, "2022-2-1"), -1);
	ck_assert_int_eq(dates_setref(&o, "2022-02-01x"), -1);
	ck_assert_int_eq(dates_setref(&o, "2024-02-29"), 0);
}
END_TEST

START_TEST(weekday_past_tense_is_latest_on_or_before)
{
	ck_assert_str_eq(val("They spoke Tuesday.", "2022-02-01", 0),
	    "2022-02-01");
	ck_assert_str_eq(val("They spoke Monday.", "2022-02-01", 0),
	    "2022-01-31");
	ck_assert_str_eq(val("They met Friday.", "2022-02-01", 0),
	    "2022-01-28");
}
END_TEST

START_TEST(weekday_future_tense_is_next_on_or_after)
{
	/* AP style names the day itself by its weekday. */
	ck_assert_str_eq(val("They will meet Tuesday.", "2022-02-01", 0),
	    "2022-02-01");
	ck_assert_str_eq(val("They will meet next Tuesday.", "2022-02-01", 0),
	    "2022-02-08");
	ck_assert_str_eq(val("They will meet Friday.", "2022-02-01", 0),
	    "2022-02-04");
}
END_TEST

START_TEST(weekday_anchors_on_date_of_its_paragraph)
{
	ck_assert_str_eq(val("On March 8, he said he met her on Monday.",
	    "2022-03-14", 1), "2022-03-07");
	ck_assert_str_eq(val("On March 8 it rained.\nHe met her on Monday.",
	    "2022-03-14", 1), "2022-03-14");
}
END_TEST

START_TEST(last_week_is_iso_week_before)
{
	ck_assert_str_eq(val("last week", "2022-02-02", 0), "2022-W04");
	ck_assert_str_eq(val("the previous week", "2022-01-05", 0),
	    "2021-W52");
	ck_assert_str_eq(val("next week", "2020-12-30", 0), "2021-W01");
}
END_TEST

START_TEST(month_without_year_follows_tense)
{
	ck_assert_str_eq(val("It began in December.", "2022-02-02", 0),
	    "2021-12");
	ck_assert_str_eq(val("It will end in December.", "2022-02-02", 0),
	    "2022-12");
	ck_assert_str_eq(val("Talks were held on January 26.",
	    "2022-02-02", 0), "2022-01-26");
}
END_TEST

START_TEST(weekday_with_date_picks_year)
{
	ck_assert_str_eq(val("It closed on Tuesday, Feb. 1.", "2021-12-20", 0),
	    "2022-02-01");
}
END_TEST

START_TEST(ago_and_relative_units)
{
	ck_assert_str_eq(val("a year ago", "2022-02-01", 0), "2021-02-01");
	ck_assert_str_eq(val("two decades ago", "2022-02-01", 0), "200");
	ck_assert_str_eq(val("last year", "2022-02-01", 0), "2021");
	ck_assert_str_eq(val("next month", "2022-12-01", 0), "2023-01");
	ck_assert_str_eq(val("last quarter", "2022-02-01", 0), "2021-Q4");
	ck_assert_str_eq(val("a month ago", "2022-03-31", 0), "2022-02-28");
}
END_TEST

START_TEST(durations_and_sets)
{
	ck_assert_str_eq(val("the past five years", NULL, 0), "P5Y");
	ck_assert_str_eq(val("24 hours", NULL, 0), "PT24H");
	ck_assert_str_eq(val("for weeks", NULL, 0), "PXW");
	ck_assert_str_eq(val("every Monday", NULL, 0), "XXXX-WXX-1");
	ck_assert_str_eq(val("annually", NULL, 0), "P1Y");
	ck_assert_str_eq(val("the 1990s", NULL, 0), "199");
}
END_TEST

START_TEST(reference_from_first_full_date)
{
	ck_assert_str_eq(val("OSLO, Feb. 2, 2022 - It snowed yesterday.",
	    NULL, 1), "2022-02-01");
	ck_assert_str_eq(val("It snowed yesterday.", NULL, 0), "XXXX-XX-XX");
	ck_assert_str_eq(val("It snowed on December 15.", NULL, 0),
	    "XXXX-12-15");
}
END_TEST

START_TEST(numbers_are_not_years)
{
	ck_assert_uint_eq(count("100,000 troops and 1,999 people"), 0);
	ck_assert_uint_eq(count("Call 555-1234 now"), 1);
	ck_assert_uint_eq(count("It won 3-1. It cost $2000."), 0);
	ck_assert_uint_eq(count("Istanbul (1999)"), 1);
}
END_TEST

START_TEST(ranges_give_both_ends)
{
	struct dateopt o = DATEOPT_INIT;
	const struct timex *tx;
	const char *s = "Jan. 26-28";

	dates_setref(&o, "2022-02-01");
	ck_assert_uint_eq(dates_find(s, strlen(s), &o, &tx), 2);
	ck_assert_str_eq(tx[0].value, "2022-01-26");
	ck_assert_uint_eq(tx[0].len, 7);
	ck_assert_str_eq(tx[1].value, "2022-01-28");
	ck_assert_uint_eq(tx[1].off, 8);
}
END_TEST

START_TEST(languages_share_the_rules)
{
	struct dateopt o = DATEOPT_INIT;
	const struct timex *tx;
	const char *s = "26 de enero de 2022";

	o.lang = lex_lang("es");
	ck_assert_int_ge(o.lang, 0);
	ck_assert_uint_eq(dates_find(s, strlen(s), &o, &tx), 1);
	ck_assert_str_eq(tx[0].value, "2022-01-26");
	ck_assert_int_eq(lex_lang("xx"), -1);
}
END_TEST

START_TEST(holidays_take_the_year_and_weekday)
{
	ck_assert_str_eq(val("Sales fell at Christmas.", "1998-03-05", 0),
	    "1997-12-25");
	/* The fourth Thursday of November 1997 was the 27th. */
	ck_assert_str_eq(val("It was worse at Thanksgiving.", "1998-03-05", 0),
	    "1997-11-27");
}
END_TEST

START_TEST(fiscal_years_and_year_earlier)
{
	ck_assert_str_eq(val("in fiscal 1997", NULL, 0), "FY1997");
	ck_assert_str_eq(val("the year-earlier period", "1998-03-05", 0),
	    "1997");
	ck_assert_str_eq(val("by year-end", "1998-03-05", 0), "1998");
}
END_TEST

START_TEST(weekend_by_tense)
{
	ck_assert_str_eq(val("Prices fell over the weekend.", "2022-02-02", 0),
	    "2022-W04-WE");
	ck_assert_str_eq(val("They will talk over the weekend.",
	    "2022-02-02", 0), "2022-W05-WE");
}
END_TEST

START_TEST(clock_takes_its_weekday_or_date)
{
	ck_assert_str_eq(val("It opened at 10 a.m. Wednesday.", "1997-05-22",
	    0), "1997-05-21T10:00");
	ck_assert_str_eq(val("It opens Sept. 15 at 2 p.m.", "1997-05-22", 1),
	    "1997-09-15T14:00");
	ck_assert_str_eq(val("It closed at 0800 GMT.", "1997-05-22", 0),
	    "1997-05-22T08:00");
}
END_TEST

START_TEST(quarter_of_next_year)
{
	ck_assert_str_eq(val("by the first quarter of next year", "1998-02-25",
	    0), "1999-Q1");
	ck_assert_str_eq(val("profit fell in the third quarter", "1998-02-25",
	    0), "1997-Q3");
}
END_TEST

START_TEST(decades_in_words_and_digits)
{
	ck_assert_str_eq(val("the sixties", NULL, 0), "196");
	ck_assert_str_eq(val("the '90s", NULL, 0), "199");
	ck_assert_str_eq(val("the 2000s", NULL, 0), "200");
}
END_TEST

START_TEST(impossible_calendar_dates_are_no_dates)
{
	/* No value names a day the calendar does not have. */
	ck_assert_uint_eq(count("It fell on February 30, 2024."), 0);
	ck_assert_uint_eq(count("It fell on April 31, 2023."), 0);
	ck_assert_uint_eq(count("It fell on Feb. 29, 2023."), 0);
	ck_assert_uint_eq(count("It fell on 29 February 2100."), 0);
	ck_assert_uint_eq(count("It fell on April 31."), 0);
	ck_assert_str_eq(val("It fell on Feb. 29, 2024.", NULL, 0),
	    "2024-02-29");
}
END_TEST

Suite *
dates_suite(void)
{
	Suite *s = suite_create("dates");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, setref_rejects_impossible_dates);
	tcase_add_test(tc, weekday_past_tense_is_latest_on_or_before);
	tcase_add_test(tc, weekday_future_tense_is_next_on_or_after);
	tcase_add_test(tc, weekday_anchors_on_date_of_its_paragraph);
	tcase_add_test(tc, last_week_is_iso_week_before);
	tcase_add_test(tc, month_without_year_follows_tense);
	tcase_add_test(tc, weekday_with_date_picks_year);
	tcase_add_test(tc, ago_and_relative_units);
	tcase_add_test(tc, durations_and_sets);
	tcase_add_test(tc, reference_from_first_full_date);
	tcase_add_test(tc, numbers_are_not_years);
	tcase_add_test(tc, ranges_give_both_ends);
	tcase_add_test(tc, languages_share_the_rules);
	tcase_add_test(tc, holidays_take_the_year_and_weekday);
	tcase_add_test(tc, fiscal_years_and_year_earlier);
	tcase_add_test(tc, weekend_by_tense);
	tcase_add_test(tc, clock_takes_its_weekday_or_date);
	tcase_add_test(tc, quarter_of_next_year);
	tcase_add_test(tc, decades_in_words_and_digits);
	tcase_add_test(tc, impossible_calendar_dates_are_no_dates);
	suite_add_tcase(s, tc);
	return s;
}
