#!/usr/bin/env python3
"""Fills the English plural forms of a Qt Linguist .ts file.

Source strings write plurals as "%n value(s)"; English needs "%n value" and "%n values".
"""
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = {"story": "stories", "company": "companies", "entry": "entries", "day": "days",
             "sub-principle": "sub-principles"}


def forms(text):
    def singular(m):
        return m.group(1)

    def plural(m):
        word = m.group(1)
        return IRREGULAR.get(word.lower(), word + "s")

    pattern = re.compile(r"([\w-]+)\(s\)")
    if pattern.search(text):
        return pattern.sub(singular, text), pattern.sub(plural, text)

    # Written in the plural ("%n values covered"): derive the singular of the counted noun,
    # allowing an adjective in between ("%n backbone stories").
    def singular_noun(m):
        lead, noun = m.group(1), m.group(2)
        for one, many in IRREGULAR.items():
            if noun == many:
                return lead + one
        if noun.endswith("s") and not noun.endswith("ss"):
            return lead + noun[:-1]
        return m.group(0)

    noun_pattern = re.compile(r"(%n (?:backbone )?)([A-Za-z-]+)")
    return noun_pattern.sub(singular_noun, text), text


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        # A vanished or obsolete entry stays marked as such: filling it in would make it look
        # current and hide that the source text is gone.
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        source = message.findtext("source")
        one, many = forms(source)
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for text in (one, many):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as f:
        content = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                   '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(content)
        f.truncate()


if __name__ == "__main__":
    main(sys.argv[1])
