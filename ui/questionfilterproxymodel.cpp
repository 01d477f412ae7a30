#include "questionfilterproxymodel.h"
