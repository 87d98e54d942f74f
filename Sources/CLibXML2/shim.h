// libxml2's SAX2 push parser (OpenXMLPackage's SAXParser is its only user). The headers
// live under /usr/include/libxml2; the target's pkg-config name supplies that path.
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
