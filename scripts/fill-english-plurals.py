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
    return pattern.sub(singular, text), pattern.sub(plural, text)


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        one, many = forms(source)
        translation = message.find("translation")
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
