/* check_names.c: unit tests of lib/names.c. */
#include <check.h>
#include <string.h>

#include "names.h"

START_TEST(gender_of_common_names)
{
	ck_assert_int_eq(names_gender("Jennifer", 8), 'f');
	ck_assert_int_eq(names_gender("Aaron", 5), 'm');
}
END_TEST

START_TEST(lookup_folds_ascii_case)
{
	ck_assert_int_eq(names_gender("JENNIFER", 8), 'f');
	ck_assert_int_eq(names_gender("aaron", 5), 'm');
}
END_TEST

START_TEST(unknown_and_prefixes_are_not_names)
{
	ck_assert_int_eq(names_gender("Newsweek", 8), 0);
	ck_assert_int_eq(names_gender("Aaro", 4), 0);
	ck_assert_int_eq(names_gender("", 0), 0);
}
END_TEST

START_TEST(table_is_sorted)
{
	size_t i;

	for (i = 1; i < names_ntab; i++)
		ck_assert_int_lt(strcmp(names_tab[i - 1].name, names_tab[i].name), 0);
}
END_TEST

Suite *
names_suite(void)
{
	Suite *s = suite_create("names");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, gender_of_common_names);
	tcase_add_test(tc, lookup_folds_ascii_case);
	tcase_add_test(tc, unknown_and_prefixes_are_not_names);
	tcase_add_test(tc, table_is_sorted);
	suite_add_tcase(s, tc);
	return s;
}
