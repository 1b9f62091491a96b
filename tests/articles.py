"""Articles written for the writer tests: markup characters, Cyrillic, symbols."""

TRICKY = """Ministers agree to trim port fees by 12 €/tonne
Ministers from both countries met in Odesa on Tuesday to agree a cut in port fees, a goal both sides had set in the spring.
The draft, titled <b>&amp; Fees</b> in the leaked copy, promises a cut of 12 € per tonne — about 8% of the current charge.
Officials said the aim was to restore grain exports before the autumn harvest.
In return, the buyers offered to drop their demand for a longer contract, a concession welcomed in Kyiv.
“We will not give up our ports, but we can share the costs,” said Olena Kovalenko, the deputy minister.
Ukrainian farmers reacted with cautious optimism, and a local paper ran the headline «Порти працюють» on Wednesday.
Critics warned that R&D budgets for the harbour would fall if x < y and y > z in the final tally.
The next round of talks is set for 4 May in Gdańsk.
"""
