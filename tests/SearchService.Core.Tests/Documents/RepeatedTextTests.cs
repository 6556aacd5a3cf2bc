using SearchService.Core.Documents;

namespace SearchService.Core.Tests.Documents;

// Issue 12: a paragraph that only repeats sentences its document says elsewhere weighs less.
public class RepeatedTextTests
{
    private static bool[] Find(params string[] texts) =>
        RepeatedText.Find(texts.Select((text, i) => new Paragraph(i + 1, null, text, 0, 0)).ToList());

    [Fact]
    public void A_list_item_repeating_a_sentence_of_the_body_is_a_repeat_and_the_body_is_not()
    {
        var found = Find(
            "Fler vårdplatser måste öppnas vid alla tre sjukhusen. Antalet geriatriska vårdplatser vid alla tre sjukhusen ska ökas.",
            "Sjukvårdspartiet yrkar",
            "• antalet geriatriska  vårdplatser vid alla tre sjukhusen ska ökas",
            "• Att utreda möjligheten att bygga ett parkeringshus med en helikopterplatta.");
        Assert.Equal([false, false, true, false], found);
    }

    [Fact]
    public void Of_a_paragraph_printed_twice_the_second_is_the_repeat()
    {
        var text = "Regionen ska minska sina kostnader för inhyrd personal under planperioden.";
        Assert.Equal([false, false, true], Find(text, "Något helt annat står här i mellan.", text));
    }

    [Fact]
    public void Short_labels_and_sentences_spread_over_two_paragraphs_are_not_repeats()
    {
        Assert.Equal([false, false], Find("Mer personal behövs. Vården måste bli bättre.", "Mer personal behövs"));
        Assert.Equal([false, false, false], Find(
            "Vi vill bygga fler bostäder i länet. Kollektivtrafiken ska byggas ut.",
            "Skolan ska ha fler lärare i varje klass. Vården ska bli bättre för alla.",
            "Vi vill bygga fler bostäder i länet. Vården ska bli bättre för alla."));
    }

    [Fact]
    public void A_document_with_many_equal_paragraphs_is_checked_in_bounded_time_and_keeps_its_first()
    {
        var texts = Enumerable.Repeat("Sidan är avsiktligt lämnad tom i denna version.", 20_000).ToArray();
        var found = Find(texts);
        Assert.False(found[0]);
        Assert.True(found[1]);
    }

    [Fact]
    public void Case_and_any_run_of_white_space_do_not_hide_a_repeat_whatever_the_sentence_length()
    {
        var words = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"Åtgärd{i}"));
        var found = Find(
            $"ÖVERBELÄGGNINGAR på Akutmottagningen ökar. {words} kräver mer personal.",
            "• överbeläggningar\tpå akutmottagningen\u00A0\u00A0ökar",
            $"- {words.ToLowerInvariant().Replace(" ", "\n ")}   KRÄVER mer personal!");
        Assert.Equal([false, true, true], found);
    }
}
