#include "questionlistmodel.h"
