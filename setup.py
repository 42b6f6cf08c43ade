"""The two compiled modules: the locator's DOM walk (src/pressclip/locate/_walk.pyx) and the
tree-ensemble walk (src/pressclip/model/_trees.pyx).

Everything else is declared in pyproject.toml. Both extensions are optional: where no C
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
    optional=True,
)
trees = Extension(
    "pressclip.model._trees",
    ["src/pressclip/model/_trees.pyx"],
    optional=True,
)
setup(ext_modules=cythonize([walk, trees], compiler_directives={"language_level": "3"}))
