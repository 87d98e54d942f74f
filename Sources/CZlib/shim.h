// zlib for raw inflate of ZIP members (OpenXMLPackage's Inflater is its only user).
#include <zlib.h>
