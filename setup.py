"""The compiled modules: the locator's DOM walk (src/pressclip/locate/_walk.pyx), the records
it makes (src/pressclip/locate/_blocks.pyx), their features (src/pressclip/locate/_features.pyx,
the last columns in src/pressclip/locate/_prose.pyx), two of the selection's passes
(src/pressclip/locate/_select.pyx),
the tree-ensemble walk (src/pressclip/model/_trees.pyx), the parser's test for start tags
with too many attributes (src/pressclip/parse/_scan.pyx), the page's text as UTF-8
(src/pressclip/parse/_utf8.pyx), text mode's passes over
words and lines (src/pressclip/textmode/_text.pyx), its line feature matrix
(src/pressclip/textmode/_linefeatures.pyx), its line model's second-stage columns
(src/pressclip/textmode/_scores.pyx), the facts pass's scans over characters
(src/pressclip/facts/_scan.pyx), its mention finder's loop over name runs
(src/pressclip/facts/_mentions.pyx) and its entity typing's vote (src/pressclip/facts/_votes.pyx).

Everything else is declared in pyproject.toml. All are optional: where no C
compiler is found, pip installs pressclip with their Python twins, which give the same
results more slowly (README, Quick start).
"""

import lxml
from Cython.Build import cythonize
from setuptools import Extension, setup

walk = Extension(
    "pressclip.locate._walk",
    ["src/pressclip/locate/_walk.pyx"],
    # lxml's public C API and the libxml2 headers it ships with.
    include_dirs=lxml.get_include(),
)
trees = Extension(
    "pressclip.model._trees",
    ["src/pressclip/model/_trees.pyx"],
)
records = Extension(
    "pressclip.locate._blocks",
    ["src/pressclip/locate/_blocks.pyx"],
)
features = Extension(
    "pressclip.locate._features",
    ["src/pressclip/locate/_features.pyx"],
)
prose = Extension(
    "pressclip.locate._prose",
    ["src/pressclip/locate/_prose.pyx"],
)
selection = Extension(
    "pressclip.locate._select",
    ["src/pressclip/locate/_select.pyx"],
)
scan = Extension(
    "pressclip.parse._scan",
    ["src/pressclip/parse/_scan.pyx"],
)
utf8 = Extension(
    "pressclip.parse._utf8",
    ["src/pressclip/parse/_utf8.pyx"],
)
words = Extension(
    "pressclip.textmode._text",
    ["src/pressclip/textmode/_text.pyx"],
)
line_features = Extension(
    "pressclip.textmode._linefeatures",
    ["src/pressclip/textmode/_linefeatures.pyx"],
)
scores = Extension(
    "pressclip.textmode._scores",
    ["src/pressclip/textmode/_scores.pyx"],
)
facts_scan = Extension(
    "pressclip.facts._scan",
    ["src/pressclip/facts/_scan.pyx"],
)
facts_mentions = Extension(
    "pressclip.facts._mentions",
    ["src/pressclip/facts/_mentions.pyx"],
)
facts_votes = Extension(
    "pressclip.facts._votes",
    ["src/pressclip/facts/_votes.pyx"],
)
extensions = cythonize([records, walk, features, prose, selection, trees, scan, utf8, words,
                        line_features, scores, facts_scan, facts_mentions, facts_votes],
                       compiler_directives={"language_level": "3"})
for extension in extensions:
    # cythonize() builds new Extension objects and drops `optional`; without it a machine
    # with no C compiler could not install pressclip at all.
    extension.optional = True
setup(ext_modules=extensions)
