"""The shape of every lexicon file (and topics.yaml), checked with JSON Schema before use.

A misspelt key (`bfore:` in roles.yaml) would otherwise load silently and leave a word
list empty. Every mapping forbids keys it does not name (additionalProperties: false),
and every problem of every file is reported at once as `path:line: where: reason`, the
line found from the loaded YAML (yamlfile.line_at).
"""

from __future__ import annotations

from typing import Any

from stats.digest import remember, stamp
from stats.errors import RuleFileError

from .yamlfile import line_at, strip_lines

WORD: dict[str, Any] = {"type": "string", "minLength": 1}
WORDS: dict[str, Any] = {"type": "array", "items": WORD}
PATTERNS: dict[str, Any] = {"type": "array", "items": WORD}
NUMBER: dict[str, Any] = {"type": "number"}
# what a unit of units.yaml is (`kind:`), where the engine treats a kind alike: a duration (a span of time: a table
# cell of a number and one is a column's head, and a range's two ends may name two of them), a rate (its change in a
# growth column may be printed in points under its mark), a point (a gap between two rates, `points_of` the rate) and
# a multiple (倍); a comma after a figure in any of the last three and a Chinese digit is a decimal's
UNIT_KINDS = ("duration", "rate", "point", "multiple")
WHOLE: dict[str, Any] = {"type": "integer", "minimum": 0}
MARKS: dict[str, Any] = {"type": "string", "minLength": 1}  # a string of single characters


def _map(values: dict[str, Any]) -> dict[str, Any]:
    """A mapping of any keys to `values`."""
    return {"type": "object", "additionalProperties": values}


def _record(required: list[str], **props: Any) -> dict[str, Any]:
    """A mapping with exactly these keys (some required): extra="forbid"."""
    return {"type": "object", "properties": props, "required": required, "additionalProperties": False}


_BY_QUALIFIER = _record([], approx=WORDS, lower_bound=WORDS, upper_bound=WORDS)
_MEASURE = _record(["word", "unit"], word={"type": ["string", "integer"]}, unit=WORD, measure=WORD,
                   scale={"type": "number", "exclusiveMinimum": 0}, not_before=WORDS, only_after=WORDS,
                   named_before=_map(WORD), in_clause=_map({"type": ["string", "null"], "minLength": 1}),
                   in_sentence={"type": "boolean"}, right_after=WORDS,
                   min_value=NUMBER, max_value=NUMBER, scaled={"type": "boolean"})

SCHEMAS: dict[str, dict[str, Any]] = {
    "numerals.yaml": _record(
        ["digits", "units", "sections", "magnitudes", "range_separators", "list_links"],
        digits=_map(WHOLE), units=_map(WHOLE), sections=_map(WHOLE),
        magnitudes={"type": "array", "items": _record(["word", "value"], word=WORD, value=NUMBER, not_before=WORDS)},
        range_separators=WORDS, minus_signs=WORDS, plus_words=WORDS, sign_word_own_end=WORDS, sign_word_compare=WORDS,
        plus_word_high=WORDS,
        sign_word_band=WORDS,
        minus_word_not_after=WORDS,
        minus_word_still_after=WORDS, minus_brackets=WORDS,
        minus_rate_only=_record(["marks", "units"], marks=WORDS, units=WORDS, money_after=WORDS),
        list_links=WORDS,
        neighbours=_record(["links"], links=WORDS, not_after=WORDS, typed_links=WORDS, unsure_links=WORDS,
                              unsure_labels=WORDS, label_not=WORDS, cut_links=WORDS, ordinal_before=WORDS,
                              list_end=WORDS, list_end_not=WORDS),
        between=_record(["links", "end"], links=WORDS, end=WORDS),
        spoken_money=_record(["words"], words=_map(WORD), cues=WORDS, per=WORDS, per_units=WORDS, only=WORDS,
                             only_not_alone_before=WORDS),
        group_marks=WORDS,
        letter_words=WORDS, bare_codes=WORDS, loose_pairs=WORDS, size_classes=WORDS, size_class_kinds=WORDS,
        restate_brackets=WORDS,
        percent_prefix={"oneOf": [_map(WORD), WORDS]}, decimal_points=WORDS,
        examples=_map({"type": "array", "items": {"type": ["string", "number"]}}),
        tens=_map(WHOLE), approx_digit=WORD, word_digits=WORDS, counters=WORDS, mixed_tail_not_before=WORDS,
        tenths_after=WORDS, tenths_before=WORDS,
        tenths_not_last=WORDS, tenths_whole_below=NUMBER, place_not_last=WORDS, ten_not_beside=WORDS,
        round_and_smaller=WORDS,
        zero_words=WORDS, numeral_words=WORDS, restate_after=WORDS, restate_labels=WORDS, restate_joins=WORDS,
        restate_inclusion=WORDS,
        lone_steps=_record(["verbs", "levels"], verbs=WORDS, levels=WORDS),
        times_signs=WORDS, fraction_of=WORD, fraction_and=WORD,
        shares=_record(["denominators", "measure"], denominators=WORDS, measure=WORD, not_before=WORDS,
                       slash_after=WORDS, slash_of=WORDS),
        half=_record(["word"], word=WORD, value=NUMBER, units=WORDS, not_before=WORDS, spans=WORDS, words=WORDS),
        money_fractions=_record(["after", "words"], after=_map(WORD), words=_map(NUMBER)),
        dashes=WORDS, range_inclusive=WORDS, from_to=_record(["from", "to"], **{"from": WORDS, "to": WORDS, "reach": WORDS}),
        sentences=_map({"type": "array", "items": _record(
            ["text", "expect"], text=WORD, expect={"type": "array", "items": {"type": "object"}})}),
    ),
    "units.yaml": _record(
        ["units", "measures", "people_measure"],
        units=_map(_record(["label_zh", "label_en"], label_zh=WORD, label_en=WORD, description={"type": "string"},
                           kind={"enum": list(UNIT_KINDS)}, points_of=WORD)),
        measures={"type": "array", "items": _MEASURE}, measure_before={"type": "array", "items": _MEASURE},
        measure_before_links=WORDS, measure_before_adverbs=WORDS, measure_before_not_before=WORDS, per_signs=WORDS,
        rate_joiners=WORDS,
        slash_lists=_record(["mark", "pairs"], mark=WORD, pairs={"type": "array", "items": {
            "type": "array", "items": WORD, "minItems": 2, "maxItems": 2}}),
        currency_yuan=_record(["yuan", "names"], yuan=WORDS, names=WORDS, signs=WORDS, links=WORDS),
        people_measure=_MEASURE, people_gap=WHOLE, people_nouns=WORDS, year_name=WORD,
    ),
    "qualifiers.yaml": _record(
        ["prefix", "suffix"],
        prefix=_BY_QUALIFIER, prefix_not_after=_map(WORDS), prefix_still_after=_map(WORDS), prefix_head_off=_map(WORDS),
        prefix_round_only=_map({"enum": ["round", "lone"]}),
        prefix_compared=_record(["words", "after"], words=WORDS, after=WORDS), infix=_BY_QUALIFIER, infix_after_place=WORDS,
        infix_after_lone_place=WORDS,
        bound_links=WORDS, suffix_marks=WORDS, suffix_open=WORDS,
        suffix_through=_record(["words", "bounds"], words=WORDS, bounds=WORDS),
        suffix_at_end=_record(["words", "measures"], words=WORDS, measures=WORDS, any_measure=WORDS,
                              money_or_share=WORDS),
        suffix_not_before=_map(WORDS),
        suffix_size=_record(["words", "sizes"], words=WORDS, sizes=WORDS, then=WORDS),
        shared_after=WORDS, shared_between=WORD,
        suffix=_BY_QUALIFIER,
        governing=_BY_QUALIFIER,
        governing_share=_BY_QUALIFIER, governing_share_leads=WORDS, governing_share_of=WORD,
    ),
    "roles.yaml": _record(
        ["target", "change", "level"],
        target=_record(["before"], before=WORDS, after=WORDS, after_compared=WORDS, patterns=PATTERNS, list=WORDS,
                       goal_before=PATTERNS, goal_after=PATTERNS,
                       list_end=WORDS, list_end_ahead_not=WORDS, list_items=PATTERNS, list_done=PATTERNS, list_part=PATTERNS,
                       announce=PATTERNS, scope_end=WORDS, scope_bounded=PATTERNS,
                       scope_continue=PATTERNS, clause_only=WORDS, clause_parts=WORDS,
                       clause_revised=PATTERNS,
                       subject_bound=WORDS, subject_free=WORDS, subject_verbs=WORDS,
                       subject_held=WORDS, event_not=WORDS,
                       event_clause=PATTERNS, subject_number=PATTERNS,
                       head_leads=WORDS, section=PATTERNS,
                       section_levels=PATTERNS, title=PATTERNS, title_months=WHOLE, title_in_plan=PATTERNS,
                       title_pause=PATTERNS,
                       section_unnumbered=PATTERNS, after_clause=PATTERNS, section_lead=PATTERNS,
                       headline_goal=PATTERNS,
                       resume=PATTERNS, carry_on=PATTERNS, review=PATTERNS, past_horizon=PATTERNS, month_ahead=PATTERNS,
                       month_ahead_reach=PATTERNS, months_ahead=PATTERNS, past_span=PATTERNS,
                       closing_open=PATTERNS, closing_open_months=WHOLE, closing_months=WHOLE, closing_not=WORDS,
                       section_in_review_not=PATTERNS, review_so_far=PATTERNS,
                       cancel=_map(_record([], preceded_by=WORDS, preceded_not=WORDS, followed_by=WORDS, right_after=WORDS,
                                           later=WORDS,
                                           closing=WORDS, before_number={"type": "boolean"}, past={"type": "boolean"})),
                       **{"not": WORDS}),
        change=_record(["verbs"], verbs=WORDS, links=WORDS, bare=WORDS, window=WHOLE, gap=PATTERNS,
                       gap_not_after=PATTERNS, rate=PATTERNS, gap_to_goal=WORDS,
                       after=PATTERNS, base=PATTERNS, cause=PATTERNS, restated=PATTERNS, gap_goal=PATTERNS,
                       gap_goal_share={"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
                       **{"not": WORDS}),
        level=_record([], reset=WORDS, reset_patterns=PATTERNS, repeat_done=PATTERNS, standard=PATTERNS,
                      stock_after=PATTERNS,
                      reset_not_after=PATTERNS, cumulative_horizon=PATTERNS, cumulative_own=PATTERNS,
                      cumulative_ahead=PATTERNS, base_value=PATTERNS, base_after=PATTERNS,
                      past_clause=PATTERNS, done_clause=PATTERNS, done_cues=WORDS,
                      goal_result=_record(["between", "pairs"], between=WORD,
                                          pairs={"type": "array", "items": _record(["goal", "result"], goal=WORD,
                                                                                   result=WORD)}),
                      cumulative=WORDS, **{"not": WORDS}),
    ),
    "layout.yaml": _record(
        ["article_start", "byline", "sentence_end", "clause_end"],
        article_start=PATTERNS, article_end=PATTERNS, not_headline=PATTERNS, running_head=PATTERNS,
        heading=PATTERNS, jump_in=PATTERNS, page_note=PATTERNS, photo_caption=PATTERNS, page_foot=PATTERNS,
        footnote=PATTERNS, footnote_unruled=PATTERNS,
        footnote_rule=WORD, lead_after_figure=WORD, dateline_glued=WORD, web_page=PATTERNS, web_chrome=PATTERNS,
        byline=WORD, headline_max=WHOLE,
        sentence_end=MARKS, clause_end=MARKS, closing=MARKS, line_complete=MARKS, unit_whole=MARKS, unit_open=WORDS,
        number_after=MARKS, word_cuts=WORDS, number_lead=WORDS,
        cue_window_after=WHOLE,
        brief_dateline=WORD, box_entry=WORD, box_title=WORD, block_dateline=WORD, ocr_one=WORD, ocr_reads=WORDS,
        misreads=WORDS,
    ),
    "periods.yaml": _record(
        ["year"], year=WORD, comparison_base=WORDS, base_window=WHOLE,
        relative_years=_map({"type": "integer"}), since_events=_map({"type": "integer"}),
        relative_spans=_map({"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}),
        year_spans=_map({"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}),
        opening_day=WORD, opening_day_lag=WHOLE, past_month_lag=WHOLE, day_tail=WORD, closed_from_month=WHOLE,
        winter_turn_months=WHOLE, context_years=WORDS, ahead=WORD, ahead_total=WORD, total_ends=WORDS, plan_title=WORD,
        plan_named=WORD, plan_named_before=WORDS,
        deadline_item_ends=WORDS, total_goal_done=WORD,
        built_by=WORD, closed_years=WORD, item_opener=WORD, item_first=WORDS, run_in_title=WORD, problems_turn=WORD,
        year_turn=WORDS, year_turn_from_month=WHOLE, year_turn_festive=WORDS, year_turn_ahead=WORDS, event_held=WORDS,
        single_month=WORDS, class_year=WORDS,
        current_budget=WORDS,
        year_closing=WORDS,
        late_since=WORDS, late_since_days=WHOLE,
        head_only=WORDS, word_bound=WORDS, word_bound_after=WORDS, relative_quarters=_map({"type": "integer"}),
        relative_weeks=_map({"type": "integer"}), winter_since=WORDS, frame_only=WORDS, base_of_multiple=WORDS,
        multiple_after=WORD,
        halves_summary=WORDS, halves_plan=WORDS, review_title=WORD,
        span_links=WORDS,
        span_month_parts=WORDS, parts=_map({"type": "string", "pattern": "^(Q[1-4](-Q[1-4])?|H[12]|M(0[1-9]|1[0-2]))$"}),
        first_months=WORD, plans=_map({"type": "string", "pattern": "^\\d{4}-\\d{4}$"}), month=WORD, now=WORDS,
        base_after=WORDS, span_from=WORDS, span_to=WORDS, span_from_year=WORD, base_stated=WORD, undated_cues=WORDS,
        plan_goal=WORDS, end_stated=WORD, year_end_back=WORDS, since_closing_months=WHOLE, session_since=WORD,
        published=PATTERNS,
        undated_after=WORDS,
        plan_end=WORDS, plan_since=WORDS, plan_first=WORD, progress_done=WORDS, part_leads=WORDS, past=WORD,
        attribute_after=WORDS,
        attribute_year=WORD, reported_month=WORDS, span_rates=WORDS, heading_present=WORDS, heading_plan_ahead=WORDS,
        closing_years=WORDS, closing_months=WHOLE, base_linked=WORDS, base_of=WORDS, base_of_after=WORDS,
        span_level=WORDS, span_yearly=WORDS, year_since=WORD, relative_since=WORD, month_since=WORD, since_from=WORDS,
        reported_relative=WORDS, then=WORDS, span_reach=WORDS, span_reach_marks=WORDS, due_before=WORDS, due_done=WORDS,
        season_marks=WORDS, season_after=WORDS, school_years=_map({"type": "integer"}), school_year_month=WHOLE,
        school_years_opening=_map({"type": "integer"}),
        year_end_goal=WORDS, deadline_lead=WORDS, deadline_after=WORDS,
        deadline_goal_open=WORDS, span_back=WORDS, base_head_links=WORDS,
        not_times=WORDS,
        span_from_not=WORDS, span_to_not=WORDS, start_after=WORDS,
        long_term=WORDS, span_held=WORDS, share_of=WORDS, next_steps=WORDS,
        next_steps_ongoing=WORDS, yearly_goal=WORDS, goal_nouns=WORDS, goal_of_year=WORDS, goal_met=WORDS, event_ahead=WORDS,
        goal_set_at=WORDS, year_start=WORDS,
        closing_goal_met=WORDS,
        value_columns=WORDS, forecast_cues=WORDS, as_of=WORDS, footnote_marks=WORDS, speech_lead=WORD, fillers=WORDS,
        span_cumulative=WORDS, present=WORD, past_closed_months=WHOLE, relative_months=_map({"type": "integer"}),
        span_level_not=WORDS,
    ),
    "places.yaml": _record(
        [], area_words=_map({"type": "array", "items": {"enum": ["country", "province", "prefecture", "county"]}}),
        base_before=WORDS, destination_before=WORDS, not_before=WORDS, origin_before=WORDS, origin_after=WORDS,
        away_before=WORDS, away_after=WORDS, actor_links=WORDS,
        acting_after=WORDS, acting_tail=WORDS, base_value=WORD, part_words=WORDS, part_towns=WORDS,
        part_before=WORDS, part_back=WORDS, part_not=WORDS, part_this=WORDS, part_for=WORDS,
        suffixes=_record([], province=WORDS, prefecture=WORDS, county=WORDS),
        not_places=WORDS, short_form_not=WORDS, short_form_after=WORDS, unit_words=WORDS, unit_not=WORDS,
        unit_breaks=WORDS, list_links=WORDS,
        respectively=WORDS, rank_not_before=WORDS, unit_alias=WORD, level_unit=WORD, whole_again=WORD, speaker_after=WORD,
        together=WORDS, national_dateline=WORDS,
        own_bureau=WORDS, first_person=WORDS,
        blocked_after=_map(WORDS), blocked_before=_map(WORDS), dateline_after=WORDS, short_forms=_map({"type": "string"}),
        seat_towns=_map(WORDS), zone_areas=_map(WORDS),
        brackets=_record(["open", "close"], open=MARKS, close=MARKS), window=WHOLE, unit_window=WHOLE,
        name_quotes=_record(["open", "close"], open=MARKS, close=MARKS), name_quote_max=WHOLE,
        location_before=WORDS, county_cities=WORDS, short_form_before=WORDS, short_form_time=WORD,
        abroad=WORDS, abroad_after=WORDS, abroad_time=WORD, abroad_people=WORD, world=WORDS, home_country=WORD,
        regions=WORDS, former=WORDS, abroad_cities=_map({"type": "string"}),
        breakdown_before=WORDS, area_word_endings=_map(_map(WORDS)), area_word_names=_map(_map(WORDS)),
        sibling_word_names=_map(WORDS),
        national_from=WORDS, abbreviated=_map(WORDS),
        office_speaker=WORD, office_words=_map({"type": "string"}), abroad_frame=WORD,
        overseas=WORDS, unit_back=WORDS, level_word_after=WORDS, town_after=WORDS, town_not=WORDS, province_city_words=WORDS,
        town_longer_after=WORDS, town_longer_not=WORDS, township_tail_after=WORDS, township_tail_not=WORDS,
        base_modifiers=WORDS, destination_local=WORDS, said_openers=WORDS,
        papers=_map({"type": "string"}),
        addressee=WORD, partner_list=WORD, list_count=WORDS, seat_town_after=WORDS, seat_town_not=WORDS, time_tail=WORDS,
        time_lead=WORDS,
        unit_stops=WORDS, origin_clause=WORDS, sender_before=WORDS, sender_after=WORDS, receiver_after=WORDS,
        hosted_after=WORDS, partner_count_before=WORDS, national_bodies=WORDS, national_acts=WORD, common_row=WORD,
        paired_after=WORDS, paired_stops=WORDS, paired_breaks=WORDS, builder_after=WORDS,
        beneficiary_before=WORDS, beneficiary_after=WORD,
        spent_funds=WORDS, spent_before=WORDS, spent_after=WORDS, part_funds_before=WORDS, served_after=WORDS,
        served_sent=WORDS,
        source_before=WORDS, account_words=WORDS,
        paper_heads=WORDS, paper_words=_map(WORDS), district_paper_ends=WORDS, district_paper_of=WORDS,
        zone_words=WORDS, zone_ends=WORDS,
        firm_origin_before=WORDS, firm_origin_after=WORDS,
        headline_short=_map({"type": "string"}), headline_short_after=WORD, headline_level=WORD,
        item_bullets=WORDS, unit_some=WORDS,
        national_session=WORDS, national_report=WORD, multiple_before=WORDS, multiple_after=WORD,
        branch_words=WORDS, share_of=WORDS, town_again=WORD, example_over=WORD, imprint=WORD, aid_people=WORDS,
        venue_before=WORDS, venue_after=WORD, venue_whole=WORD, place_back=WORD,
        town_endings=WORDS, town_own_after=WORDS, part_list_open=WORDS, part_list_close=WORDS,
    ),
    "tables.yaml": _record(
        ["label_heads", "columns"], caption=WORD, unit_note=WORDS, note_separators=WORDS, label_heads=WORDS,
        unit_heads=WORDS, columns=_record([], level=WORDS, target=WORDS, change=WORDS),
        bare_columns=_record([], level=WORDS, target=WORDS),
        caption_counts=WORDS, when_columns=WORDS, area_columns=WORDS,
        title_joins=WORDS,
        percent_columns=WORDS, percent_marks=WORDS, year_head=WORD, unit_max=WHOLE, label_not=MARKS,
        label_marks=MARKS, base_columns=WORDS, span_head=WORD, span_ends=WORDS, place_heads=WORDS,
        lone_place_heads=_map(WORDS), blank_cells=WORDS,
        month_columns=WORDS, to_date_columns=WORDS, current_columns=WORDS,
        year_roles=_record([], level=WORDS, target=WORDS), change_labels=WORDS, bound_leads=WORDS, cell_qualifiers=WORDS,
        rate_words=WORDS, percent_rows=WORDS, label_band=WORD, label_notes=WORD, date_notes=WORD, column_units=_map(WORDS),
        part_labels=WORDS, part_pieces=WORDS,
        count_units=_map(WORD), tail_units=WORDS, change_leads=WORDS, plan_changes=WORDS, list_titles=WORDS, list_label=WORD,
        number_heads=WORDS, group_heads=WORDS, word_columns=_map(WORDS), continued=WORD, year_labels=WORDS,
        place_columns=WORDS, place_column_ends=WORDS, kind_column_ends=WORDS, whole_year_ends=WORDS, word_cells=_map(WORDS),
        chart_caption=WORD, chart_years=WORD, chart_growth=WORDS, amount_changes=WORDS, sign_notes=WORDS, price_notes=WORDS,
        ratio_columns=WORDS, table_notes=WORDS, note_units=WORDS, growth_titles=WORDS, score_columns=WORDS, rank_cell=WORD,
        note_columns=WORDS,
        total_labels=WORDS, whole_labels=WORDS, group_amounts=_map(WORD), share_named=WORD, years_over=WORD,
        bound_marks=_record([], upper_bound=WORDS, lower_bound=WORDS),
        examples={"type": "array", "items": _record(["text", "expect"], text=WORD, published=WORD,
                                                     expect={"type": "array", "items": {"type": "object"}})},
    ),
    "context.yaml": _record([], part_of=WORDS, share_done=WORD, list_item=WORD, sentence_window=WHOLE,
                            lean_back=WORDS, lean_back_after=MARKS, leader_lead=WORD, view_lead=WORD, share_back_head=WORD,
                            part_view=WORD, part_row=WORD, place_item=WORD, time_list_link=WORD,
                            label_marks=MARKS,
                            bound_only=WORDS, bound_goal=WORD, pair_links=WORDS, item_links=WORDS,
                            part_list_ends=MARKS, respective=WORDS, respective_base=WORDS,
                            total_only=WORDS, done_only=WORDS, done_repeat=WORDS,
                            done_repeat_marks=MARKS, total_lead=WORD, total_time=WORD, time_only=WORD, done_lead=WORD,
                            part_head=WORD, item_label=WORD,
                            place_row=WORD, list_lead=WORD, list_row=WORD,
                            subject=_record([], lead=WORDS, trail=WORDS, max_chars=WHOLE)),
}


def _where(path: list[Any]) -> str:
    return ".".join(str(p) for p in path) or "(top)"


def schema_errors(name: str, data: Any, shown: str, schema: dict[str, Any] | None = None) -> list[RuleFileError]:
    """Every way `data` (loaded from the file reported as `shown`) breaks the schema of lexicon file `name`
    (or the `schema` given).

    Data that passed before, the same under the same code (which holds the schemas), is
    not checked again: importing jsonschema alone took a third of every start."""
    passed = stamp("lexicon-valid", name.encode(), repr(schema).encode(), repr(data).encode())
    if passed.is_file():
        return []
    from difflib import get_close_matches

    from jsonschema import Draft202012Validator  # only when a file is new or changed

    schema = schema or SCHEMAS[name]
    out: list[RuleFileError] = []
    plain = strip_lines(data)
    for err in sorted(Draft202012Validator(schema).iter_errors(plain), key=lambda e: list(map(str, e.absolute_path))):
        where = list(err.absolute_path)
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            known = set(err.schema.get("properties", {}))
            for key in sorted(set(err.instance) - known, key=str):
                close = get_close_matches(str(key), sorted(known), n=1, cutoff=0.75)
                hint = f" (did you mean '{close[0]}'?)" if close else f" (known: {', '.join(sorted(known))})"
                out.append(RuleFileError(shown, line_at(data, [*where, key]), None,
                                         f"{_where([*where, key])}: unknown key '{key}'{hint}"))
            continue
        out.append(RuleFileError(shown, line_at(data, where), None, f"{_where(where)}: {err.message}"))
    if not out:
        remember(passed)
    return out
