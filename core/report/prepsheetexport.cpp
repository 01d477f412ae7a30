#include "prepsheetexport.h"
