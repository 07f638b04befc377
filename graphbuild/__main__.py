from graphbuild.cli import console

console()
