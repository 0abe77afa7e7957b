import pytest

from bilingua.compare.names import english_names, name_in_persian, unmatched_names


@pytest.mark.parametrize("latin, persian", [("Zarif", "ظریف"), ("Lavrov", "لاوروف"), ("Kerry", "کری"),
                                            ("Araghchi", "عراقچی"), ("Kavanaugh", "کاوانو"),
                                            ("Volodin", "ولودین"), ("Pyongyang", "پیونگ یانگ"), ("Kovalev", "کووالف")])
def test_names_match_across_scripts(latin, persian):
    (name,) = english_names(f"He met {latin} in the evening.")
    assert name_in_persian(name, f"او با {persian} دیدار کرد.")


def test_frequent_words_are_not_checked_as_names():
    assert english_names("He flew to Germany and met the Labour Party in the Senate.") == []


def test_different_names_do_not_match():
    (name,) = english_names("He met Gharibabadi yesterday.")
    assert not name_in_persian(name, "او با جلالی دیدار کرد.")


def test_sentence_openers_titles_and_headlines_are_not_names():
    assert [n.text for n in english_names("Officials said President Rouhani left.")] == ["Rouhani"]
    assert english_names("Araghchi And Lavrov Discuss Economic Cooperation In Moscow") == []


def test_replaced_name_is_reported_as_target_only():
    source_only, target_only = unmatched_names("کاظم جلالی سفیر ایران نیز حضور داشت.",
                                               "The ambassador, Kazem Gharibabadi, also attended.")
    assert target_only == ["Kazem Gharibabadi"] and source_only == []


def test_name_left_out_is_found_through_the_rest_of_the_document():
    document = "Lavrov met Zarif. He said the talks went well, Lavrov added."
    source_only, target_only = unmatched_names("لاوروف گفت که گفت‌وگوها خوب بود.", "He said the talks went well.",
                                               document)
    assert source_only == ["Lavrov"] and target_only == []


def test_machine_translation_catches_a_name_missing_from_the_english():
    source_only, _ = unmatched_names("جلالی حضور داشت.", "The ambassador attended.", "",
                                     translation="The envoy Jalali was present.")
    assert source_only == ["Jalali"]
