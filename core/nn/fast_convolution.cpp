// A transposed convolution is its convolution's adjoint: forward = conv input-gradient, backward =
// conv (for x) and conv weight-gradient (for the weight). A layer whose kernel covers its whole
// input — a 1×1 input to a transposed convolution at stride 1 (DCGAN G's first layer), a
// convolution as large as its unpadded input (D's last layer, AC-GAN's class head) — is a matrix
// product, forward and backward. oneDNN is slow wherever the image side has one to three channels
// (G's last layer, D's first): there the im2col kernels take that side, in fp32.
#include "nn/fast_convolution.h"

#include <ATen/autocast_mode.h>

#include <atomic>
#include <optional>

namespace ganlab::nn {
namespace {

std::atomic<bool> g_fast{true};
thread_local bool t_stock = false;

// Image channels at most: oneDNN's kernels for so few channels are 3–5× slower than im2col.
constexpr std::int64_t kImageChannels = 3;

using Ints = std::vector<std::int64_t>;

// bf16 and fp16 to fp32 for the im2col kernel, which has neither; fp32 and fp64 as they are.
torch::Tensor widened(const torch::Tensor& t) {
    const auto type = t.scalar_type();
    return type == at::kBFloat16 || type == at::kHalf ? t.to(at::kFloat) : t;
}

// The input gradient of conv2d(·, w) at output gradient g, as torch computes it for images:
// conv_transpose2d(g, w) by im2col + BLAS (widened to fp32 from bf16/fp16), in g's type;
// outputPadding restores the rows and columns a stride skipped past (odd sizes).
torch::Tensor imageSideGradient(const torch::Tensor& g, const torch::Tensor& w, const Ints& stride,
                                const Ints& padding, const Ints& outputPadding = {0, 0}) {
    return at::conv_transpose2d(widened(g), widened(w), {}, stride, padding, outputPadding)
        .to(g.scalar_type());
}

// The convolution whose input gradient is this transposed convolution maps y (out channels) back
// to x (in channels); its weight [in, out, k, k] is the transposed convolution's weight as stored.
torch::Tensor adjointOfConv(const torch::Tensor& x, const torch::Tensor& w, const Ints& stride,
                            const Ints& padding, at::IntArrayRef outSize) {
    const auto shape = at::empty(outSize, x.options()); // for its sizes: allocated, never filled
    return std::get<0>(at::convolution_backward(x, shape, w, c10::nullopt, stride, padding, {1, 1},
                                                false, {0, 0}, 1, {true, false, false}));
}

// dL/dw of conv2d(input, w) at output gradient g (oneDNN's weight gradient).
torch::Tensor convWeightGradient(const torch::Tensor& input, const torch::Tensor& g,
                                 const torch::Tensor& w, const Ints& stride, const Ints& padding) {
    return std::get<1>(at::convolution_backward(g, input, w, c10::nullopt, stride, padding, {1, 1},
                                                false, {0, 0}, 1, {false, true, false}));
}

// What both functions keep for their backward pass: the input, the weight and the geometry.
struct Saved {
    torch::Tensor x, w;
    Ints stride, padding;
};

void save(torch::autograd::AutogradContext* ctx, const torch::Tensor& x, const torch::Tensor& w,
          const Ints& stride, const Ints& padding) {
    ctx->save_for_backward({x, w});
    ctx->saved_data["stride"] = stride;
    ctx->saved_data["padding"] = padding;
}

Saved saved(torch::autograd::AutogradContext* ctx) {
    const auto tensors = ctx->get_saved_variables();
    return {tensors[0].contiguous(), tensors[1], ctx->saved_data["stride"].toIntVector(),
            ctx->saved_data["padding"].toIntVector()};
}

class ConvTransposeFunction : public torch::autograd::Function<ConvTransposeFunction> {
public:
    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x,
                                 const torch::Tensor& w, Ints stride, Ints padding) {
        save(ctx, x, w, stride, padding);
        const auto n = x.size(0), cout = w.size(1), k = w.size(2);
        if (cout <= kImageChannels && x.is_cpu())
            return imageSideGradient(x, w, stride, padding);
        const auto h = (x.size(2) - 1) * stride[0] - 2 * padding[0] + k;
        const auto wd = (x.size(3) - 1) * stride[1] - 2 * padding[1] + w.size(3);
        return adjointOfConv(x.contiguous(), w, stride, padding, {n, cout, h, wd});
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list grads) {
        const Saved s = saved(ctx);
        const auto gy = grads[0].contiguous();
        torch::Tensor gx, gw;
        // y = Aᵀx for the convolution A(w): dL/dx = A(w)·gy, a convolution of gy; dL/dw is the
        // weight gradient of that convolution with input gy and output gradient x. Both are
        // differentiable ops, so a double backward through G works too.
        if (ctx->needs_input_grad(0))
            gx = at::conv2d(gy, s.w, {}, s.stride, s.padding);
        if (ctx->needs_input_grad(1))
            gw = convWeightGradient(gy, s.x, s.w, s.stride, s.padding);
        return {gx, gw, torch::Tensor(), torch::Tensor()};
    }
};

class ImageConvFunction : public torch::autograd::Function<ImageConvFunction> {
public:
    static torch::Tensor forward(torch::autograd::AutogradContext* ctx, const torch::Tensor& x,
                                 const torch::Tensor& w, Ints stride, Ints padding) {
        save(ctx, x, w, stride, padding);
        return at::conv2d(x, w, {}, stride, padding);
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext* ctx,
                                                   torch::autograd::variable_list grads) {
        const Saved s = saved(ctx);
        const auto gy = grads[0].contiguous();
        torch::Tensor gx, gw;
        if (ctx->needs_input_grad(0)) {
            // conv_transpose2d of gy is (out − 1)·s − 2p + k wide; x may be wider by up to s − 1.
            Ints outputPadding(2);
            for (int d = 0; d < 2; ++d)
                outputPadding[d] = s.x.size(2 + d) - ((gy.size(2 + d) - 1) * s.stride[d] -
                                                      2 * s.padding[d] + s.w.size(2 + d));
            gx = gy.is_cpu()
                     ? imageSideGradient(gy, s.w, s.stride, s.padding, outputPadding)
                     : at::conv_transpose2d(gy, s.w, {}, s.stride, s.padding, outputPadding);
        }
        if (ctx->needs_input_grad(1))
            gw = convWeightGradient(s.x, gy, s.w, s.stride, s.padding);
        return {gx, gw, torch::Tensor(), torch::Tensor()};
    }
};

// The type autocast would run a convolution in here, or none when it is off.
std::optional<at::ScalarType> autocastType(const torch::Tensor& x) {
    if (x.is_cpu() && at::autocast::is_cpu_enabled())
        return at::autocast::get_autocast_cpu_dtype();
    if (x.is_cuda() && at::autocast::is_enabled())
        return at::autocast::get_autocast_gpu_dtype();
    return std::nullopt;
}

// What autocast does to a convolution's operands, and would do to these functions' if it knew
// them.
std::pair<torch::Tensor, torch::Tensor> castOperands(const torch::Tensor& x,
                                                     const torch::Tensor& w) {
    if (const auto type = autocastType(x))
        return {x.to(*type), w.to(*type)};
    return {x, w};
}

// The fast kernels on, one group, no dilation, zero padding given as numbers; a bias allowed.
template <typename Options> bool plainLayout(const Options& o) {
    const auto ones = [](const torch::ExpandingArray<2>& a) {
        return (*a)[0] == 1 && (*a)[1] == 1;
    };
    return fastConvolutions() && o.groups() == 1 && ones(o.dilation()) &&
           c10::holds_alternative<torch::enumtype::kZeros>(o.padding_mode()) &&
           c10::holds_alternative<torch::ExpandingArray<2>>(o.padding());
}

// What the custom functions take: a plain layout without bias.
template <typename Options> bool plainGeometry(const Options& o) {
    return plainLayout(o) && !o.bias();
}

template <typename Options> std::pair<Ints, Ints> strideAndPadding(const Options& o) {
    const auto& pad = c10::get<torch::ExpandingArray<2>>(o.padding());
    return {Ints(o.stride()->begin(), o.stride()->end()), Ints(pad->begin(), pad->end())};
}

bool zeroPadding(const Ints& padding) {
    return padding == Ints{0, 0};
}

// A transposed convolution of a 1×1 input at stride 1, unpadded: y[n, (o,ky,kx)] = x[n,:]·w[:,
// (o,ky,kx)], a matrix product (autograd's own backward: two more).
bool latentToImage(const torch::Tensor& x, const torch::nn::ConvTranspose2dImpl& layer) {
    const auto [stride, padding] = strideAndPadding(layer.options);
    return x.dim() == 4 && x.size(2) == 1 && x.size(3) == 1 && stride == Ints{1, 1} &&
           zeroPadding(padding);
}

// A convolution whose kernel covers its whole unpadded input (a 1×1 output): a linear layer on the
// flattened input, bias included.
bool wholeInput(const torch::Tensor& x, const torch::nn::Conv2dImpl& layer) {
    const auto& o = layer.options;
    return plainLayout(o) && zeroPadding(strideAndPadding(o).second) && x.dim() == 4 &&
           x.size(2) == (*o.kernel_size())[0] && x.size(3) == (*o.kernel_size())[1];
}

} // namespace

void setFastConvolutions(bool on) {
    g_fast = on;
}
bool fastConvolutions() {
    return g_fast && !t_stock;
}

StockKernelsOnThisThread::StockKernelsOnThisThread()
    : m_was(t_stock) {
    t_stock = true;
}
StockKernelsOnThisThread::~StockKernelsOnThisThread() {
    t_stock = m_was;
}

bool fastConvTransposeApplies(const torch::nn::ConvTranspose2dImpl& layer) {
    const auto& o = layer.options;
    return plainGeometry(o) && (*o.output_padding())[0] == 0 && (*o.output_padding())[1] == 0;
}

torch::Tensor convTranspose2d(const torch::Tensor& x, torch::nn::ConvTranspose2dImpl& layer) {
    if (!fastConvTransposeApplies(layer))
        return layer.forward(x);
    if (latentToImage(x, layer)) {
        const auto n = x.size(0), cin = x.size(1), cout = layer.weight.size(1);
        const auto kh = layer.weight.size(2), kw = layer.weight.size(3);
        // at::mm is on autocast's list: it casts as the function below does by hand.
        return at::mm(x.reshape({n, cin}), layer.weight.reshape({cin, cout * kh * kw}))
            .view({n, cout, kh, kw});
    }
    const auto [stride, padding] = strideAndPadding(layer.options);
    const auto [input, weight] = castOperands(x, layer.weight);
    return ConvTransposeFunction::apply(input, weight, stride, padding);
}

bool imageConvApplies(const torch::nn::Conv2dImpl& layer) {
    return plainGeometry(layer.options) && layer.options.in_channels() <= kImageChannels;
}

torch::Tensor conv2d(const torch::Tensor& x, torch::nn::Conv2dImpl& layer) {
    if (wholeInput(x, layer)) // at::linear is on autocast's list too
        return at::linear(x.flatten(1), layer.weight.flatten(1),
                          layer.options.bias() ? layer.bias : torch::Tensor())
            .view({x.size(0), layer.weight.size(0), 1, 1});
    if (!imageConvApplies(layer))
        return layer.forward(x);
    const auto [stride, padding] = strideAndPadding(layer.options);
    const auto [input, weight] = castOperands(x, layer.weight);
    return ImageConvFunction::apply(input, weight, stride, padding);
}

} // namespace ganlab::nn
