# Turns models/default.model into a C source holding its bytes, so saywho-infer works from any
# folder with no options. Run by the build: cmake -DIN=... -DOUT=... -P embed.cmake
file(READ "${IN}" hex HEX)
string(LENGTH "${hex}" n)
math(EXPR size "${n} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUT}" "/* Generated from models/default.model by models/embed.cmake. */\n#include <stddef.h>\nconst unsigned char saywho_default_model[] = {\n${bytes}0};\nconst size_t saywho_default_model_size = ${size};\n")
