"""An essay in two sections of two paragraphs of running prose each, the readers' tests of a section
break ("###") that is no press release's end mark share."""

ESSAY = (
    "The first time I saw the film was in a half-empty cinema in Busan, on a wet afternoon in October, and I left before the end.",
    "It took me ten years to go back to it, and by then the quiet scenes at the bus station had become the ones I remembered best.",
)
LATER = (
    "The second time, in a full hall in Seoul, the audience laughed at the jokes I had missed, and the ending felt earned at last.",
    "What changed was not the film but the years between the two screenings, and the cities, and the people I went with each time.",
)
