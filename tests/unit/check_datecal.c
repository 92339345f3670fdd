/* check_datecal.c: unit tests of lib/datecal.c. */
#include <check.h>

#include "datecal.h"

START_TEST(days_of_epoch_and_known_dates)
{
	ck_assert_int_eq(cal_days(1970, 1, 1), 0);
	ck_assert_int_eq(cal_days(2000, 3, 1), 11017);
	ck_assert_int_eq(cal_days(1969, 12, 31), -1);
	ck_assert_int_eq(cal_days(2022, 2, 1) - cal_days(2021, 2, 1), 365);
	ck_assert_int_eq(cal_days(2021, 2, 1) - cal_days(2020, 2, 1), 366);
}
END_TEST

START_TEST(civil_round_trips_four_centuries)
{
	long n;
	int y, m, d;

	for (n = cal_days(1800, 1, 1); n < cal_days(2200, 1, 1); n += 7) {
		cal_civil(n, &y, &m, &d);
		ck_assert(cal_valid(y, m, d));
		ck_assert_int_eq(cal_days(y, m, d), n);
	}
}
END_TEST

START_TEST(leap_years_follow_gregorian_rule)
{
	ck_assert_int_eq(cal_mdays(2000, 2), 29);
	ck_assert_int_eq(cal_mdays(1900, 2), 28);
	ck_assert_int_eq(cal_mdays(2024, 2), 29);
	ck_assert(!cal_valid(2022, 2, 29));
	ck_assert(!cal_valid(2022, 13, 1));
	ck_assert(!cal_valid(2022, 4, 31));
}
END_TEST

START_TEST(weekday_of_known_dates)
{
	ck_assert_int_eq(cal_wday(cal_days(2022, 2, 1)), 2);	/* Tuesday */
	ck_assert_int_eq(cal_wday(cal_days(2022, 2, 14)), 1);	/* Monday */
	ck_assert_int_eq(cal_wday(cal_days(1970, 1, 1)), 4);
	ck_assert_int_eq(cal_wday(cal_days(1969, 12, 28)), 7);
}
END_TEST

START_TEST(iso_week_at_year_edges)
{
	int wy;

	ck_assert_int_eq(cal_isoweek(cal_days(2022, 1, 26), &wy), 4);
	ck_assert_int_eq(wy, 2022);
	/* 1 January 2022 is a Saturday: week 52 of 2021. */
	ck_assert_int_eq(cal_isoweek(cal_days(2022, 1, 1), &wy), 52);
	ck_assert_int_eq(wy, 2021);
	/* 2020 has 53 weeks; 31 December 2024 is in week 1 of 2025. */
	ck_assert_int_eq(cal_isoweek(cal_days(2020, 12, 31), &wy), 53);
	ck_assert_int_eq(cal_isoweek(cal_days(2024, 12, 31), &wy), 1);
	ck_assert_int_eq(wy, 2025);
}
END_TEST

START_TEST(weekday_search_both_ways)
{
	long tue = cal_days(2022, 2, 1);

	/* The latest Monday on or before a Tuesday is the day before. */
	ck_assert_int_eq(cal_weekday(tue, 1, -1), tue - 1);
	/* On or before includes the day itself. */
	ck_assert_int_eq(cal_weekday(tue, 2, -1), tue);
	/* After never does. */
	ck_assert_int_eq(cal_weekday(tue, 2, 1), tue + 7);
	ck_assert_int_eq(cal_weekday(tue, 5, 1), tue + 3);
}
END_TEST

Suite *
datecal_suite(void)
{
	Suite *s = suite_create("datecal");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, days_of_epoch_and_known_dates);
	tcase_add_test(tc, civil_round_trips_four_centuries);
	tcase_add_test(tc, leap_years_follow_gregorian_rule);
	tcase_add_test(tc, weekday_of_known_dates);
	tcase_add_test(tc, iso_week_at_year_edges);
	tcase_add_test(tc, weekday_search_both_ways);
	suite_add_tcase(s, tc);
	return s;
}
